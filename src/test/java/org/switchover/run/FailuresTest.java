package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.dryrun.FullLoad;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.schema.TargetSchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A failure is reported by its root cause, the disk's own words, not by the wrappers around it nor by an error met
 * while cleaning up after it, and a failed load always ends with the resume hint.
 */
@ExtendWith(TestDatabases.class)
class FailuresTest {
    private static final String DISK_FULL = "ERROR: could not extend file \"base/16384/2619\": No space left on device";

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
        LegacySchema.create(legacy.spec());
        new LegacyGenerator().generate(legacy.spec(), GeneratorSettings.builder().scale(0.005).seed(5).build());
        TargetSchema.migrate(target.spec());
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            for (String sql : SqlResource.load("sql/failure/disk_full_on_notes.sql").statements()) {
                statement.execute(sql);
            }
        }
        // when a dry run loads into it
        DryRunResult result = Switchover.configure().legacy(legacy.spec()).target(target.spec()).reportDir(dir).quiet(true).build().dryRun();
        // then the run failed naming the mapping and the disk, and says how to go on
        assertEquals("mapping ssd_case_notes (case_note -> ssd_case_notes): " + DISK_FULL + " (PSQLException)" + FullLoad.RESUME_HINT
                + " run " + result.engine().runId(), result.engine().failure());
    }
}
