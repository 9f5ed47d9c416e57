package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.UnmigratableHeadlines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A run is reconciled only against the legacy database it read. A copy on the same server, whose headline records that
 * cannot migrate were closed and deregistered (the same rows, so every count agrees), is refused, and nothing is recorded;
 * so is the run's own legacy database once a view stands where the run read a table.
 */
@ExtendWith(TestDatabases.class)
class ReconcileAnotherLegacyTest {
    @Test
    void aDoctoredCopyOfLegacyIsRefusedAndNothingIsRecorded(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                            @TempDir Path dir) throws Exception {
        // given a dry run that is NO_GO for three headline records that cannot migrate
        ConnectionSpec legacy = legacyDb.spec();
        UnmigratableHeadlines.plantedInto(legacy);
        DryRunResult run = at(legacy, targetDb, dir).dryRun();
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), run.reconciliation().failingCheckIds());
        // and a copy of legacy on the same server in which those records are closed and deregistered
        ConnectionSpec copy = legacy.withDatabase(legacy.database() + "_copy");
        try {
            doctoredCopy(legacy, copy.database());
            // when the run is reconciled against the copy
            ConfigurationException refused = assertThrows(ConfigurationException.class, () -> at(copy, targetDb, dir).reconcile());
            // then it is refused, naming both databases as their server names them
            String server;
            try (Connection connection = Databases.connect(legacy)) {
                server = LegacyServer.of(connection).server();
            }
            assertEquals("cannot reconcile run " + run.engine().runId() + " against legacy " + server + "/" + copy.database()
                    + ": the run read " + server + "/" + legacy.database() + ", and a reconciliation compares the legacy database a run "
                    + "read with what it loaded; give that database's URL, or run dry-run against this one", refused.getMessage());
            // and nothing was recorded: the next reconciliation against the run's own legacy is the run's second, NO_GO
            ReconciliationResult again = at(legacy, targetDb, dir).reconcile();
            assertEquals(run.reconciliation().reconciliationId() + 1, again.reconciliationId());
            assertEquals(run.reconciliation().failingCheckIds(), again.failingCheckIds());
        } finally {
            execute(legacy, "DROP DATABASE IF EXISTS `" + copy.database() + "`");
        }
    }

    @Test
    void aViewPutInPlaceOfATableTheRunReadIsRefusedAndNothingIsRecorded(TestDatabases.LegacyDb legacyDb,
                                                                        TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given a dry run that is NO_GO for three headline records that cannot migrate (from a legacy database of this
        // test's own: the class's is the other test's)
        ConnectionSpec legacy = legacyDb.spec().withDatabase(legacyDb.spec().database() + "_view");
        execute(legacyDb.spec(), "CREATE DATABASE `" + legacy.database() + "`");
        try {
            UnmigratableHeadlines.plantedInto(legacy);
            DryRunResult run = at(legacy, targetDb, dir).dryRun();
            reconciledWithAViewInPlaceOfReferral(legacy, targetDb, dir, run);
        } finally {
            execute(legacyDb.spec(), "DROP DATABASE IF EXISTS `" + legacy.database() + "`");
        }
    }

    private static void reconciledWithAViewInPlaceOfReferral(ConnectionSpec legacy, TestDatabases.TargetDb targetDb, Path dir,
                                                             DryRunResult run) throws Exception {
        // given, since the run, a view in place of the legacy table referral (it could leave out referrals that did not migrate)
        Queries.update(legacy, "sql/reconcile-test/referral_as_view.legacy.sql");
        try {
            // when the run is reconciled
            ConfigurationException refused = assertThrows(ConfigurationException.class, () -> at(legacy, targetDb, dir).reconcile());
            // then it is refused, naming the table
            assertEquals("cannot reconcile run " + run.engine().runId() + ": legacy table referral, which the run read, is now a "
                    + "view, not a table; a view can leave out of the legacy side the records that did not migrate; put the table "
                    + "back", refused.getMessage());
        } finally {
            Queries.update(legacy, "sql/reconcile-test/referral_as_table.legacy.sql");
        }
        // and nothing was recorded: with the table back, the next reconciliation is the run's second, NO_GO as before
        ReconciliationResult again = at(legacy, targetDb, dir).reconcile();
        assertEquals(run.reconciliation().reconciliationId() + 1, again.reconciliationId());
        assertEquals(run.reconciliation().failingCheckIds(), again.failingCheckIds());
    }

    private static Switchover at(ConnectionSpec legacy, TestDatabases.TargetDb target, Path dir) {
        return Switchover.configure().legacy(legacy).target(target.spec()).reportDir(dir.resolve("report"))
                .asOf(LocalDate.of(2019, 1, 31)).goLive(LocalDate.now().plusDays(30)).quiet(true).build();
    }

    private static void doctoredCopy(ConnectionSpec legacy, String copy) throws SQLException {
        execute(legacy, "CREATE DATABASE `" + copy + "`");
        try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement()) {
            for (String sql : SqlResource.load("sql/reconcile-test/doctored_legacy_copy.legacy.sql").statements()) {
                statement.execute(sql.replace("{copy}", "`" + copy + "`"));
            }
        }
    }

    private static void execute(ConnectionSpec legacy, String sql) throws SQLException {
        try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
