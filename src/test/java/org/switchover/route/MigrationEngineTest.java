package org.switchover.route;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.pipeline.ChunkTransformer;
import org.switchover.pipeline.LossyRecord;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.RejectRecord;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TargetBatch;
import org.switchover.pipeline.TransformResult;
import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.run.EngineResult;
import org.switchover.run.MappingCounts;
import org.switchover.run.MigrationEngine;
import org.switchover.run.ProgressListener;
import org.switchover.run.RunFacts;
import org.switchover.run.RunKind;
import org.switchover.run.RunStatus;
import org.switchover.schema.TargetSchema;
import org.switchover.testing.TestDatabases;
import org.switchover.transform.LossKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationEngineTest {
    private static final int LEGACY_ROWS = 40;
    private static final int SMALL_CHUNK = 7;
    private static final LocalDate AS_OF = LocalDate.of(2019, 1, 31);
    private static final RunFacts FACTS = new RunFacts(RunKind.DRY_RUN, "hash-1", "test-version");

    private TestDatabases.LegacyDb legacy;
    private TestDatabases.TargetDb target;

    @BeforeAll
    void createTables(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target) throws SQLException {
        this.legacy = legacy;
        this.target = target;
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE child_record (rec_id INT PRIMARY KEY, name VARCHAR(40), score INT, note TEXT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO child_record VALUES (?, ?, ?, ?)")) {
                for (int key = 1; key <= LEGACY_ROWS; key++) {
                    insert.setInt(1, key);
                    insert.setString(2, "name" + key);
                    insert.setInt(3, key == 8 ? -1 : key); // key 8 breaks the target's CHECK
                    insert.setString(4, key % 4 == 0 ? null : "note " + key);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("CREATE TABLE family (fam_id INT PRIMARY KEY, label VARCHAR(20))");
            statement.execute("INSERT INTO family VALUES (1, 'one'), (2, 'two'), (3, 'three')");
            statement.execute("CREATE TABLE member (mem_id INT PRIMARY KEY, fam_id INT)");
            statement.execute("INSERT INTO member VALUES (10, 1), (11, 2), (12, 3), (13, 1), (14, 2)");
        }
        TargetSchema.migrate(target.spec());
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE csc.engine_child (id bigint PRIMARY KEY, name text,"
                    + " score integer CONSTRAINT engine_child_score_check CHECK (score >= 0), note text)");
            statement.execute("CREATE TABLE csc.engine_family (fam_id bigint PRIMARY KEY, label text)");
            statement.execute("CREATE TABLE csc.engine_member (mem_id bigint PRIMARY KEY,"
                    + " fam_id bigint NOT NULL REFERENCES csc.engine_family (fam_id))");
            statement.execute("CREATE TABLE csc.engine_broken (id bigint PRIMARY KEY, name text)");
        }
    }

    @Test
    void migratesInSeveralChunksWithExclusionsRejectsAndAnIsolatedCheckViolation() throws Exception {
        // given a transformer that upper-cases names, excludes odd keys, rejects multiples of 10, and
        // reports a NULL note as lossy; key 8 passes the transformer but fails the target's CHECK
        List<Long> chunksSeen = Collections.synchronizedList(new ArrayList<>());
        List<Long> progress = Collections.synchronizedList(new ArrayList<>());
        ProgressListener listener = new ProgressListener() {
            @Override
            public void chunkDone(MappingPlan plan, long rowsDone, long totalRows) {
                progress.add(rowsDone);
                assertEquals(LEGACY_ROWS, totalRows);
            }
        };
        MappingPlan plan = new MappingPlan("child", "child_record", "rec_id", List.of("rec_id", "name", "score", "note"),
                "engine_child", 1, chunk -> {
            chunksSeen.add(chunk.chunkNumber());
            return uppercaseExcludeOddRejectTens(chunk);
        });

        // when the engine runs it with chunks of 7 rows
        EngineResult result = engine().run(settings(SMALL_CHUNK), FACTS, List.of(plan), listener, null);

        // then it succeeded in 6 chunks (40 / 7), each one reported
        assertEquals(RunStatus.SUCCEEDED, result.status(), result.failure());
        // (chunks are transformed side by side, so in any order; they commit in order, as progress shows)
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), chunksSeen.stream().sorted().toList());
        assertEquals(List.of(7L, 14L, 21L, 28L, 35L, 40L), progress);
        // and the counts balance: 20 odd keys excluded, 4 tens rejected by the transformer, key 8 by the database
        MappingCounts counts = result.counts("child");
        assertEquals(40, counts.read());
        assertEquals(15, counts.loaded());
        assertEquals(20, counts.excluded());
        assertEquals(5, counts.rejected());
        assertEquals(Map.of("odd_key", 20L), counts.excludedByRule());
        assertEquals(Map.of("test_multiple_of_ten", 4L, "constraint_violation", 1L), counts.rejectedByReason());

        // and the target holds exactly the 15 loaded rows, transformed, and the rest of key 8's chunk
        assertEquals(List.of("2|NAME2", "4|NAME4", "6|NAME6", "12|NAME12", "14|NAME14"),
                strings("SELECT id || '|' || name FROM csc.engine_child WHERE id <= 14 ORDER BY id"));
        assertEquals(15L, number("SELECT count(*) FROM csc.engine_child"));

        // and the run's records say the same
        long runId = result.runId();
        assertEquals(List.of("40|15|20|5|true"), strings("SELECT read || '|' || loaded || '|' || excluded || '|' || rejected"
                + " || '|' || (seconds IS NOT NULL) FROM migration.run_table WHERE run_id = " + runId + " AND mapping_id = 'child'"));
        assertEquals(List.of("excluded|odd_key|20", "rejected|constraint_violation|1", "rejected|test_multiple_of_ten|4"),
                strings("SELECT outcome || '|' || rule || '|' || rows FROM migration.run_rule WHERE run_id = " + runId
                        + " ORDER BY outcome, rule"));
        assertEquals(List.of("10|test_multiple_of_ten|name10|10", "20|test_multiple_of_ten|name20|20",
                        "30|test_multiple_of_ten|name30|30", "40|test_multiple_of_ten|name40|40",
                        "8|constraint_violation|name8|-1"),
                strings("SELECT legacy_key || '|' || reason || '|' || (raw_values->>'name') || '|' || (raw_values->>'score')"
                        + " FROM migration.reject WHERE run_id = " + runId + " ORDER BY reason DESC, legacy_key::int"));
        assertTrue(strings("SELECT detail FROM migration.reject WHERE run_id = " + runId + " AND legacy_key = '8'")
                .get(0).contains("engine_child_score_check"));
        // lossy: the NULL notes of loaded keys 4, 12, 16, 24, 28, 32, 36; key 8's was refused with its row, 20 and 40 rejected
        assertEquals(List.of("12", "16", "24", "28", "32", "36", "4"),
                strings("SELECT legacy_key FROM migration.lossy_conversion WHERE run_id = " + runId
                        + " AND column_name = 'note' AND kind = 'UNKNOWN_VALUE' ORDER BY legacy_key"));
        assertEquals(List.of("dry-run|SUCCEEDED|" + legacy.spec().identity() + "|" + target.spec().identity()
                        + "|hash-1|test-version|2019-01-31|true"),
                strings("SELECT kind || '|' || status || '|' || legacy_identity || '|' || target_identity || '|'"
                        + " || mapping_hash || '|' || toolkit_version || '|' || as_of || '|' || (ended_at IS NOT NULL)"
                        + " FROM migration.run WHERE run_id = " + runId));
    }

    @Test
    void runsMappingsInLoadOrderSoChildrenFindTheirParents() throws Exception {
        // given a child mapping listed before its parent, but with a later load order
        MappingPlan members = new MappingPlan("member", "member", "mem_id", List.of("mem_id", "fam_id"),
                "engine_member", 2, chunk -> passThrough(chunk, "engine_member", List.of("mem_id", "fam_id")));
        MappingPlan families = new MappingPlan("family", "family", "fam_id", List.of("fam_id", "label"),
                "engine_family", 1, chunk -> passThrough(chunk, "engine_family", List.of("fam_id", "label")));

        // when the engine runs both
        EngineResult result = engine().run(settings(2), FACTS, List.of(members, families), ProgressListener.QUIET, null);

        // then the parents were loaded first and every member found its family
        assertEquals(RunStatus.SUCCEEDED, result.status(), result.failure());
        assertEquals(3, result.counts("family").loaded());
        assertEquals(5, result.counts("member").loaded());
        assertEquals(0, result.counts("member").rejected());
        assertEquals(5L, number("SELECT count(*) FROM csc.engine_member m JOIN csc.engine_family f USING (fam_id)"));
    }

    @Test
    void aFailingTransformerFailsTheRunKeepsCommittedChunksAndSkipsLaterLoadOrders() throws Exception {
        // given a transformer that breaks on the second chunk, and a mapping that would run after it
        ChunkTransformer breaksOnChunkTwo = chunk -> {
            if (chunk.chunkNumber() == 2) {
                throw new IllegalStateException("test transformer broke on chunk 2");
            }
            return passThrough(chunk, "engine_broken", List.of("id", "name"));
        };
        MappingPlan broken = new MappingPlan("broken", "child_record", "rec_id", List.of("rec_id", "name"),
                "engine_broken", 1, breaksOnChunkTwo);
        MappingPlan later = new MappingPlan("later", "family", "fam_id", List.of("fam_id", "label"),
                "engine_family", 2, chunk -> {
            throw new AssertionError("a later load order must not start after a failure");
        });

        // when the engine runs them
        EngineResult result = engine().run(settings(SMALL_CHUNK), FACTS, List.of(broken, later), ProgressListener.QUIET, null);

        // then the run failed with a message naming the mapping and the cause
        assertEquals(RunStatus.FAILED, result.status());
        assertTrue(result.failure().contains("mapping broken (child_record -> engine_broken)"), result.failure());
        assertTrue(result.failure().contains("test transformer broke on chunk 2"), result.failure());
        // and the first chunk stayed committed with counts that match it
        assertEquals(7L, number("SELECT count(*) FROM csc.engine_broken"));
        assertEquals(List.of("7|7"), strings("SELECT read || '|' || loaded FROM migration.run_table WHERE run_id = "
                + result.runId() + " AND mapping_id = 'broken'"));
        assertEquals(List.of("FAILED|true"), strings("SELECT status || '|' || (failure LIKE '%chunk 2%')"
                + " FROM migration.run WHERE run_id = " + result.runId()));
        assertFalse(result.mappings().stream().anyMatch(counts -> counts.mappingId().equals("later")));
    }

    private static MigrationEngine engine() {
        return new MigrationEngine(new CamelMappingRoutes());
    }

    private SwitchoverSettings settings(int chunkRows) {
        return Switchover.configure().legacy(legacy.spec()).target(target.spec()).asOf(AS_OF).chunkRows(chunkRows).build().settings();
    }

    private static TransformResult uppercaseExcludeOddRejectTens(SourceChunk chunk) {
        int key = chunk.columns().indexOf("rec_id");
        int name = chunk.columns().indexOf("name");
        int score = chunk.columns().indexOf("score");
        int note = chunk.columns().indexOf("note");
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Map<String, String>> raw = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        List<LossyRecord> lossy = new ArrayList<>();
        long odd = 0;
        for (String[] row : chunk.rows()) {
            long id = Long.parseLong(row[key]);
            Map<String, String> values = new LinkedHashMap<>();
            chunk.columns().forEach(column -> values.put(column, row[chunk.columns().indexOf(column)]));
            if (id % 2 == 1) {
                odd++;
            } else if (id % 10 == 0) {
                rejects.add(new RejectRecord("child_record", "engine_child", row[key], "test_multiple_of_ten",
                        "multiple of ten", values));
            } else {
                if (row[note] == null) {
                    lossy.add(new LossyRecord("child_record", "engine_child", row[key], "note", LossKind.UNKNOWN_VALUE, null));
                }
                rows.add(new Object[]{id, row[name].toUpperCase(), Integer.parseInt(row[score]), row[note]});
                keys.add(row[key]);
                raw.add(values);
            }
        }
        Map<String, Long> excluded = odd == 0 ? Map.of() : Map.of("odd_key", odd);
        TargetBatch batch = new TargetBatch("engine_child", List.of("id", "name", "score", "note"), rows, keys, raw);
        return new TransformResult(chunk.size(), batch, excluded, rejects, lossy);
    }

    /** Copies the chunk's columns, by position, into the target columns; the first column is the key. */
    private static TransformResult passThrough(SourceChunk chunk, String table, List<String> columns) {
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String[] row : chunk.rows()) {
            rows.add(java.util.Arrays.copyOf(row, columns.size(), Object[].class));
            keys.add(row[0]);
        }
        return new TransformResult(chunk.size(), new TargetBatch(table, columns, rows, keys, null), new TreeMap<>(),
                List.of(), List.of());
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private long number(String sql) throws SQLException {
        List<String> values = strings(sql);
        assertNotNull(values.get(0));
        return Long.parseLong(values.get(0));
    }
}
