package org.switchover.route;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.pipeline.ChunkTransformer;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TargetBatch;
import org.switchover.pipeline.TransformResult;
import org.switchover.run.EngineResult;
import org.switchover.run.MigrationEngine;
import org.switchover.run.ProgressListener;
import org.switchover.run.ResumeState;
import org.switchover.run.RunFacts;
import org.switchover.run.RunKind;
import org.switchover.run.RunStatus;
import org.switchover.schema.TargetSchema;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine reads a table above the split threshold as key ranges side by side: every range commits with its own
 * checkpoint, a failure in one range fails the run with the others' committed chunks still matching the counts, and
 * a resumed run reads the ranges it recorded (not new ones, whatever the settings say now) from their checkpoints.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRangeEngineTest {
    private static final int LEGACY_ROWS = 40;
    private static final int CHUNK_ROWS = 7;
    private static final RunFacts FACTS = new RunFacts(RunKind.DRY_RUN, "hash-1", "test-version");

    private TestDatabases.LegacyDb legacy;
    private TestDatabases.TargetDb target;

    @BeforeAll
    void createTables(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target) throws SQLException {
        this.legacy = legacy;
        this.target = target;
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (note_id INT PRIMARY KEY, body VARCHAR(40))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note VALUES (?, ?)")) {
                for (int key = 1; key <= LEGACY_ROWS; key++) {
                    insert.setInt(1, key);
                    insert.setString(2, "body " + key);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("ANALYZE TABLE note"); // the split threshold compares the server's row estimate
        }
        TargetSchema.migrate(target.spec());
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE csc.range_note (note_id bigint PRIMARY KEY, body text)");
        }
    }

    @BeforeEach
    void emptyTarget() throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE csc.range_note");
        }
    }

    @Test
    void aTableAboveTheThresholdCommitsEveryRangeWithItsOwnCheckpoint() throws Exception {
        // given 40 legacy rows, a threshold below them and three key ranges
        // when the engine runs the mapping
        EngineResult result = run(settings(3), copy(), null);
        // then every row is loaded once and counted once
        assertEquals(RunStatus.SUCCEEDED, result.status(), result.failure());
        assertEquals(List.of("40|40"), strings("SELECT count(*) || '|' || count(DISTINCT note_id) FROM csc.range_note"));
        assertEquals(List.of("40|40"), strings("SELECT read || '|' || loaded FROM migration.run_table WHERE run_id = " + result.runId()));
        // and the three ranges were recorded and each range's checkpoint is its last key, after its own chunks (13, 13, 14 rows)
        assertEquals(List.of("0 - 13", "1 13 26", "2 26 -"), ranges(result.runId()));
        assertEquals(List.of("0 13 2", "1 26 2", "2 40 2"), checkpoints(result.runId()));
    }

    @Test
    void aFailureInOneRangeFailsTheRunAndAResumeReadsTheRecordedRangesFromTheirCheckpoints() throws Exception {
        // given a transformer that breaks on the second chunk of the second range (keys 28 to 34)
        ChunkTransformer breaksAt28 = chunk -> {
            if (chunk.rows().stream().anyMatch(row -> row[0].equals("28"))) {
                throw new IllegalStateException("test transformer broke on key 28");
            }
            return copy().transform(chunk);
        };
        // when the engine runs the mapping in two ranges
        EngineResult failed = run(settings(2), breaksAt28, null);
        // then the run failed naming the cause, and what committed matches the counts: the second range only its first chunk
        assertEquals(RunStatus.FAILED, failed.status());
        assertTrue(failed.failure().contains("test transformer broke on key 28"), failed.failure());
        assertEquals(List.of("7"), strings("SELECT count(*) FROM csc.range_note WHERE note_id > 20"));
        assertEquals(strings("SELECT count(*) || '|' || count(*) FROM csc.range_note"),
                strings("SELECT read || '|' || loaded FROM migration.run_table WHERE run_id = " + failed.runId()));
        assertEquals(List.of("0 - 20", "1 20 -"), ranges(failed.runId()));
        assertEquals("1 27 1", checkpoints(failed.runId()).get(checkpoints(failed.runId()).size() - 1));

        // when it is resumed with a working transformer and settings that would now cut five ranges
        ResumeState resume;
        try (Connection connection = target.connect()) {
            resume = ResumeState.load(connection, failed.runId());
        }
        EngineResult resumed = run(settings(5), copy(), resume);
        // then the same run finishes with every row once, read in the two recorded ranges, each from its checkpoint on
        assertEquals(RunStatus.SUCCEEDED, resumed.status(), resumed.failure());
        assertEquals(failed.runId(), resumed.runId());
        assertEquals(List.of("40|40"), strings("SELECT count(*) || '|' || count(DISTINCT note_id) FROM csc.range_note"));
        assertEquals(List.of("40|40"), strings("SELECT read || '|' || loaded FROM migration.run_table WHERE run_id = " + failed.runId()));
        assertEquals(List.of("0 - 20", "1 20 -"), ranges(failed.runId()));
        assertEquals(List.of("0 20 3", "1 40 3"), checkpoints(failed.runId()));
    }

    private EngineResult run(SwitchoverSettings settings, ChunkTransformer transformer, ResumeState resume) throws Exception {
        MappingPlan plan = new MappingPlan("notes", "note", "note_id", List.of("note_id", "body"), "range_note", 1, transformer);
        return new MigrationEngine(new CamelMappingRoutes()).run(settings, FACTS, List.of(plan), ProgressListener.QUIET, resume);
    }

    private SwitchoverSettings settings(int keyRanges) {
        return Switchover.configure().legacy(legacy.spec()).target(target.spec()).asOf(LocalDate.of(2019, 1, 31))
                .chunkRows(CHUNK_ROWS).splitRows(LEGACY_ROWS / 2).keyRanges(keyRanges).build().settings();
    }

    private static ChunkTransformer copy() {
        return (SourceChunk chunk) -> {
            List<Object[]> rows = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String[] row : chunk.rows()) {
                rows.add(new Object[] {Long.parseLong(row[0]), row[1]});
                keys.add(row[0]);
            }
            return new TransformResult(chunk.size(), new TargetBatch("range_note", List.of("note_id", "body"), rows, keys, null),
                    new TreeMap<>(), List.of(), List.of());
        };
    }

    private List<String> ranges(long runId) throws SQLException {
        return strings("SELECT range_no || ' ' || coalesce(after_key, '-') || ' ' || coalesce(up_to_key, '-') FROM migration.key_range"
                + " WHERE run_id = " + runId + " ORDER BY range_no");
    }

    private List<String> checkpoints(long runId) throws SQLException {
        return strings("SELECT range_no || ' ' || last_key || ' ' || chunks FROM migration.checkpoint WHERE run_id = " + runId
                + " ORDER BY range_no");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
