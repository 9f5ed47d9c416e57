package org.switchover.run;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.dryrun.FullLoad;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.schema.TargetSchema;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A failure is reported by its root cause, the disk's own words, not by the wrappers around it nor by an error met
 * while cleaning up after it, and a failed load always ends with the resume hint; its resume goes on only from a csc
 * that holds what its checkpoints loaded.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailuresTest {
    private static final String PERSON_COUNT = "sql/cutover/person_count.sql";
    private static final String DISK_FULL = "ERROR: could not extend file \"base/16384/2619\": No space left on device";

    @BeforeAll
    void givenGeneratedLegacyDataAndAMigratedTarget(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target) throws Exception {
        LegacySchema.create(legacy.spec());
        new LegacyGenerator().generate(legacy.spec(), GeneratorSettings.builder().scale(0.005).seed(5).build());
        TargetSchema.migrate(target.spec());
    }

    @Test
    void theRootCauseIsNamedNotTheWrappersNorALaterCleanupError(TestDatabases.TargetDb target) throws Exception {
        // given PostgreSQL's disk-full error, wrapped twice on its way up, and a cleanup error added after it
        SQLException diskFull;
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            diskFull = assertThrows(SQLException.class, () -> statement.execute(SqlResource.load("sql/failure/disk_full.sql").text()));
        }
        IllegalStateException failure = new IllegalStateException("chunk 3 could not commit", new SQLException("COPY failed", diskFull));
        failure.addSuppressed(new IllegalStateException("cannot restore index ssd_case_notes_idx: An I/O error occurred"));
        // when it is described
        String text = Failures.describe(failure);
        // then the disk's words are what the operator reads
        assertEquals(DISK_FULL + " (PSQLException)", text);
    }

    @Test
    void aLoadThatMeetsAFullDiskNamesItAndEndsWithTheResumeHint(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target,
                                                                @TempDir Path dir) throws Exception {
        // given a target whose case-notes table meets a full disk on every insert
        // when a dry run loads into it
        DryRunResult result = stoppedByAFullDiskOnCaseNotes(target, configured(legacy, target, dir));
        // then the run failed naming the mapping and the disk, and says how to go on
        assertEquals("mapping ssd_case_notes (case_note -> ssd_case_notes): " + DISK_FULL + " (PSQLException)" + FullLoad.RESUME_HINT
                + " run " + result.engine().runId(), result.engine().failure());
    }

    @Test
    void aResumeAfterCscWasChangedByHandIsRefusedAndChangesNothing(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target,
                                                                   @TempDir Path dir) throws Exception {
        // given a dry run stopped by a full disk on case notes, after the persons were loaded and checkpointed (case notes
        // refer to persons, so their mapping starts only once the persons are done), and the disk freed;
        // when a person the run never loaded is added to csc by hand, and the run is resumed
        StoppedRun stopped = stoppedThenChangedByHand(legacy, target, dir, "sql/cutover/add_person_after_last.sql");
        ConfigurationException refused = assertThrows(ConfigurationException.class, stopped::resume);
        // then the resume is refused, naming the table, both counts and the row no chunk of the run wrote, and csc is as
        // the hand left it
        assertEquals("cannot resume dry-run run " + stopped.runId() + ": csc.ssd_person holds " + (stopped.personsLoaded() + 1)
                + " rows, its checkpoints loaded " + stopped.personsLoaded() + "; csc.ssd_person holds 1 row that none of the"
                + " run's chunks wrote; csc was changed after the run stopped, so start a new run without --resume",
                refused.getMessage());
        assertEquals(stopped.personsLoaded() + 1, Queries.number(target.spec(), PERSON_COUNT));
    }

    @Test
    void aResumeAfterARowWasEditedByHandIsRefusedThoughEveryCountAgrees(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target,
                                                                        @TempDir Path dir) throws Exception {
        // given a dry run stopped by a full disk on case notes, after the persons were loaded and checkpointed, and the
        // disk freed; when one loaded person is updated by hand (even to the values it held), so that every count still
        // agrees, and the run is resumed
        StoppedRun stopped = stoppedThenChangedByHand(legacy, target, dir, "sql/cutover/edit_first_person.sql");
        ConfigurationException refused = assertThrows(ConfigurationException.class, stopped::resume);
        // then the resume is refused, naming the table and the one row no chunk of the run wrote, and csc keeps its rows
        assertEquals("cannot resume dry-run run " + stopped.runId() + ": csc.ssd_person holds 1 row that none of the"
                + " run's chunks wrote; csc was changed after the run stopped, so start a new run without --resume",
                refused.getMessage());
        assertEquals(stopped.personsLoaded(), Queries.number(target.spec(), PERSON_COUNT));
    }

    /** A dry run stopped by a full disk, the persons it had loaded, and how to resume it. */
    private record StoppedRun(SwitchoverBuilder configured, long runId, long personsLoaded) {
        DryRunResult resume() {
            return configured.resume(true).build().dryRun();
        }
    }

    /**
     * A dry run of the class's legacy data stopped by a full disk on case notes (the persons loaded and checkpointed), the
     * disk freed, then {@code handChange} (a file of SQL) run on csc.
     */
    private static StoppedRun stoppedThenChangedByHand(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target, Path dir,
                                                       String handChange) throws Exception {
        SwitchoverBuilder configured = configured(legacy, target, dir);
        DryRunResult stopped = stoppedByAFullDiskOnCaseNotes(target, configured);
        assertEquals(RunStatus.FAILED, stopped.engine().status());
        Queries.update(target.spec(), "sql/failure/disk_freed.sql");
        long loaded = Queries.number(target.spec(), PERSON_COUNT);
        Queries.update(target.spec(), handChange);
        return new StoppedRun(configured, stopped.engine().runId(), loaded);
    }

    private static SwitchoverBuilder configured(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target, Path dir) {
        return Switchover.configure().legacy(legacy.spec()).target(target.spec()).reportDir(dir.resolve("report")).quiet(true);
    }

    /** A new dry run of the class's legacy data into a target whose case-notes table meets a full disk on every insert. */
    private static DryRunResult stoppedByAFullDiskOnCaseNotes(TestDatabases.TargetDb target, SwitchoverBuilder configured)
            throws Exception {
        Queries.update(target.spec(), "sql/failure/disk_full_on_notes.sql");
        return configured.build().dryRun();
    }
}
