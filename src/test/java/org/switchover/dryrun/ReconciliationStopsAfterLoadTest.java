package org.switchover.dryrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.testing.MappingCopies;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.UnmigratableHeadlines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check that the server refuses once the load is done (here a target query that would take a number from a sequence,
 * which the read-only session of a check refuses) stops the dry run naming the check's file, keeps the load, and points
 * to a reconciliation of the run, not to a resume: nothing is left to load.
 */
@ExtendWith(TestDatabases.class)
class ReconciliationStopsAfterLoadTest {
    private static final String DIR = "sql/reconcile-test/read-only/";

    @Test
    void aCheckRefusedAfterAFullLoadIsNamedAndTheLoadIsKept(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                            @TempDir Path dir) throws Exception {
        // given generated legacy data and the project's checks with one whose target query changes the target
        UnmigratableHeadlines.plantedInto(legacyDb.spec());
        Path checks = MappingCopies.copy(SwitchoverSettings.DEFAULT_CHECKS, dir.resolve("checks"));
        for (String file : new String[] {"side_effect.legacy.sql", "side_effect.target.sql"}) {
            Files.writeString(checks.resolve("sql").resolve(file), SqlResource.load(DIR + file).text());
        }
        Files.writeString(checks.resolve("side-effect.yml"), SqlResource.load(DIR + "side-effect.yml").text());
        // when a dry run loads and reconciles
        FullLoad.LoadedButNotReconciled stopped = assertThrows(FullLoad.LoadedButNotReconciled.class, () -> Switchover.configure()
                .legacy(legacyDb.spec()).target(targetDb.spec()).checks(checks).reportDir(dir.resolve("report"))
                .goLive(LocalDate.of(2019, 2, 1)).quiet(true).build().dryRun());
        // then the message names the run, the check's file and the server's refusal, and the way on is a reconcile
        assertEquals("run 1 loaded in full, but its reconciliation stopped: side-effect.yml (" + checks.resolve("sql/side_effect.target.sql")
                        + "): ERROR: cannot execute nextval() in a read-only transaction; the load is kept: mend that, then reconcile the run "
                        + "with `switchover reconcile --run-id 1`", stopped.getMessage());
        assertFalse(stopped.getMessage().contains("--resume"), stopped.getMessage());
        // and the run is recorded as loaded in full
        try (Connection target = Databases.connect(targetDb.spec());
             PreparedStatement statement = target.prepareStatement(SqlResource.load(DIR + "run_status.sql").text())) {
            statement.setLong(1, 1);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next());
                assertEquals("SUCCEEDED", row.getString(1));
            }
        }
    }
}
