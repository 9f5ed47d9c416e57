package org.switchover.run;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.config.ConfigurationException;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.load.CopyLoader;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.TargetBatch;
import org.switchover.pipeline.TransformResult;
import org.switchover.schema.TargetSchema;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chunk's checkpoint commits with its rows and counts, or not at all; resume reads back exactly that. */
@ExtendWith(TestDatabases.class)
class ChunkCheckpointTest {
    private static final MappingPlan PERSON = new MappingPlan("ssd_person", "client", "client_no", List.of("client_no"),
            "ssd_person", 0, chunk -> null);
    /** How every refusal to resume ends. */
    private static final String CHANGED = "csc was changed after the run stopped, so start a new run without --resume";
    private static final MappingPlan NEVER_OPENED = new MappingPlan("ssd_person_again", "client", "client_no", List.of("client_no"),
            "ssd_person", 0, chunk -> null);

    @Test
    void theCheckpointMovesOnlyWithACommittedChunk(TestDatabases.TargetDb target) throws Exception {
        TargetSchema.migrate(target.spec());
        RunRecorder recorder = new RunRecorder();
        try (HikariDataSource pool = Databases.pool(target.spec(), 2)) {
            long runId;
            try (Connection connection = pool.getConnection()) {
                TargetSchema.truncateCsc(connection); // the class's other test loads into the same target
                runId = recorder.startRun(connection, new RunDescription(RunKind.DRY_RUN, "l:1/x", "t:1/y", "hash", "test",
                        LocalDate.of(2019, 1, 31)));
                recorder.openMapping(connection, runId, PERSON);
            }
            ChunkCommitter committer = new ChunkCommitter(pool, new CopyLoader(), recorder, runId);
            // given a committed chunk of persons 1 and 7
            committer.commit(PERSON, 1, persons(1L, 7L), "7");
            // when a later chunk fails after loading its rows (its mapping has no counts row)
            assertThrows(IllegalStateException.class, () -> committer.commit(NEVER_OPENED, 1, persons(9L), "9"));
            // then the target and the checkpoints hold the first chunk only
            assertEquals(List.of(1L, 7L), personIds(target));
            ResumeState state;
            try (Connection connection = pool.getConnection()) {
                state = ResumeState.load(connection, runId);
            }
            ResumeState.Progress progress = state.progress("ssd_person");
            assertEquals("7", progress.lastKey());
            assertEquals(1, progress.chunks());
            assertEquals(2, progress.read());
            assertEquals(2, progress.loaded());
            assertTrue(!progress.finished());
            assertEquals(null, state.progress("ssd_person_again"));
            // and --resume finds this run only with the same mappings and legacy database
            try (Connection connection = pool.getConnection()) {
                assertEquals(runId, InterruptedRun.find(connection, RunKind.DRY_RUN, "hash", "l:1/x").getAsLong());
                ConfigurationException otherMappings = assertThrows(ConfigurationException.class,
                        () -> InterruptedRun.find(connection, RunKind.DRY_RUN, "other", "l:1/x"));
                assertEquals("cannot resume dry-run run " + runId + ": it ran with mapping set hash, the mappings now hash to other;"
                        + " start a new run without --resume", otherMappings.getMessage());
                assertThrows(ConfigurationException.class, () -> InterruptedRun.find(connection, RunKind.DRY_RUN, "hash", "elsewhere:1/z"));
                assertTrue(InterruptedRun.find(connection, RunKind.FINAL_LOAD, "hash", "l:1/x").isEmpty());
            }
        }
    }

    @Test
    void aResumeIsRefusedWhenCscNoLongerHoldsWhatTheCheckpointsLoaded(TestDatabases.TargetDb target) throws Exception {
        TargetSchema.migrate(target.spec());
        RunRecorder recorder = new RunRecorder();
        try (HikariDataSource pool = Databases.pool(target.spec(), 2); Connection connection = pool.getConnection()) {
            // given a stopped run whose one committed chunk loaded persons 1 and 7
            long runId = stoppedRunOfPersons1And7(pool, connection, recorder).runId();
            // when csc is as the chunk left it, then the resume may go on
            InterruptedRun.requireCheckpointsInCsc(connection, RunKind.DRY_RUN, runId);
            // when person 7 is deleted by hand, then the resume is refused, naming the table and both counts
            change(connection, "sql/cutover/delete_person.sql", 7);
            String deleted = refusal(connection, RunKind.DRY_RUN, runId);
            assertEquals("cannot resume dry-run run " + runId + ": csc.ssd_person holds 1 row, its checkpoints loaded 2; " + CHANGED,
                    deleted);
            // and when two persons are added instead, so that the table holds more than was loaded, it is refused too,
            // naming the rows that no chunk of the run wrote
            change(connection, "sql/cutover/add_person.sql", 8);
            change(connection, "sql/cutover/add_person.sql", 9);
            String added = refusal(connection, RunKind.FINAL_LOAD, runId);
            assertEquals("cannot resume final-load run " + runId + ": csc.ssd_person holds 3 rows, its checkpoints loaded 2; "
                    + "csc.ssd_person holds 2 rows that none of the run's chunks wrote; " + CHANGED, added);
        }
    }

    @Test
    void aResumeIsRefusedWhenARowWasEditedOrReplacedThoughTheCountsStillAgree(TestDatabases.TargetDb target) throws Exception {
        TargetSchema.migrate(target.spec());
        RunRecorder recorder = new RunRecorder();
        try (HikariDataSource pool = Databases.pool(target.spec(), 2); Connection connection = pool.getConnection()) {
            // given a stopped run with two committed chunks, the second one holding a row the server refused (person 20
            // twice), so that its rows were copied in several subtransactions as the loader halved it
            StoppedRun stopped = stoppedRunOfPersons1And7(pool, connection, recorder);
            long runId = stopped.runId();
            ChunkCommitter committer = stopped.committer();
            assertEquals(1, committer.commit(PERSON, 2, persons(20L, 20L, 21L), "21").rejects().size());
            // when csc is as the chunks left it, then the resume may go on
            InterruptedRun.requireCheckpointsInCsc(connection, RunKind.DRY_RUN, runId);
            // and still when a DBA has run VACUUM FULL and VACUUM FREEZE on the table (they keep each row's xmin)
            Queries.update(target.spec(), "sql/cutover/vacuum_persons.sql");
            InterruptedRun.requireCheckpointsInCsc(connection, RunKind.DRY_RUN, runId);
            // when person 7 is edited by hand, then the resume is refused though every count still agrees
            change(connection, "sql/cutover/edit_person.sql", 7);
            String edited = refusal(connection, RunKind.DRY_RUN, runId);
            assertEquals("cannot resume dry-run run " + runId + ": csc.ssd_person holds 1 row that none of the run's chunks wrote; "
                    + CHANGED, edited);
            // and when person 21 is deleted and person 22 added in its place, the counts agree and it is refused as well
            change(connection, "sql/cutover/delete_person.sql", 21);
            change(connection, "sql/cutover/add_person.sql", 22);
            String replaced = refusal(connection, RunKind.FINAL_LOAD, runId);
            assertEquals("cannot resume final-load run " + runId + ": csc.ssd_person holds 2 rows that none of the run's chunks"
                    + " wrote; " + CHANGED, replaced);
        }
    }

    @Test
    void aResumeIsRefusedWhenATableTheRunHadNotReachedHoldsARow(TestDatabases.TargetDb target) throws Exception {
        TargetSchema.migrate(target.spec());
        RunRecorder recorder = new RunRecorder();
        try (HikariDataSource pool = Databases.pool(target.spec(), 2); Connection connection = pool.getConnection()) {
            // given a stopped run that had loaded persons only (no mapping of it had opened ssd_department)
            long runId = stoppedRunOfPersons1And7(pool, connection, recorder).runId();
            // when a team is added by hand to ssd_department, which the run emptied at its start
            change(connection, "sql/cutover/add_department.sql", 5);
            // then the resume is refused: the table should hold nothing the run did not write
            assertEquals("cannot resume dry-run run " + runId + ": csc.ssd_department holds 1 row, its checkpoints loaded 0; "
                    + "csc.ssd_department holds 1 row that none of the run's chunks wrote; " + CHANGED,
                    refusal(connection, RunKind.DRY_RUN, runId));
        }
    }

    /** A run and the committer that loads its chunks. */
    private record StoppedRun(long runId, ChunkCommitter committer) {
    }

    /** A new dry run (csc emptied first: the class's tests share a target) whose one committed chunk loaded persons 1 and 7. */
    private static StoppedRun stoppedRunOfPersons1And7(HikariDataSource pool, Connection connection, RunRecorder recorder)
            throws Exception {
        TargetSchema.truncateCsc(connection);
        long runId = recorder.startRun(connection, new RunDescription(RunKind.DRY_RUN, "l:1/x", "t:1/y", "hash", "test",
                LocalDate.of(2019, 1, 31)));
        recorder.openMapping(connection, runId, PERSON);
        ChunkCommitter committer = new ChunkCommitter(pool, new CopyLoader(), recorder, runId);
        committer.commit(PERSON, 1, persons(1L, 7L), "7");
        return new StoppedRun(runId, committer);
    }

    /** The message of the refusal to resume run {@code runId} of {@code kind}. */
    private static String refusal(Connection connection, RunKind kind, long runId) {
        return assertThrows(ConfigurationException.class, () -> InterruptedRun.requireCheckpointsInCsc(connection, kind, runId))
                .getMessage();
    }

    private static void change(Connection connection, String sql, long id) throws Exception {
        try (java.sql.PreparedStatement statement = connection.prepareStatement(SqlResource.load(sql).text())) {
            statement.setLong(1, id);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static TransformResult persons(Long... ids) {
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Long id : ids) {
            rows.add(new Object[] {id});
            keys.add(String.valueOf(id));
        }
        return new TransformResult(ids.length, new TargetBatch("ssd_person", List.of("pers_person_id"), rows, keys, null),
                Map.of(), List.of(), List.of());
    }

    private static List<Long> personIds(TestDatabases.TargetDb target) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = Databases.connect(target.spec()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/cutover/person_ids.sql").text())) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
