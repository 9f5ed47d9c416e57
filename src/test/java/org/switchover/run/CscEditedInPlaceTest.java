package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A csc row edited in place after a GO dry run keeps every count, so only the note of the write itself ({@link CscWrites})
 * shows that csc is no longer what the run migrated: the owner must not sign it, reconciled again or not.
 */
@ExtendWith(TestDatabases.class)
class CscEditedInPlaceTest {
    private static final String ROLE = "Head of Service, Child Protection";

    @Test
    void aRowEditedInPlaceAfterAGoReconciliationCannotBeSignedOff(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                  @TempDir Path dir) throws Exception {
        // given a GO dry run, with nothing refused
        Path report = dir.resolve("dry-run");
        GeneratedLoad.Loaded loaded = GeneratedLoad.dryRun(legacyDb.spec(), targetDb.spec(), 0.01, 7, report, LocalDate.now().plusDays(7));
        assertTrue(loaded.reconciliation().go(), loaded.reconciliation().failingCheckIds().toString());
        long reconciliation = loaded.reconciliation().reconciliationId();
        Switchover signing = Switchover.configure().target(targetDb.spec()).reportDir(report).build();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertEquals(List.of(), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            // when one CP plan's start date is changed in place, which keeps every table's count
            run(target, "edit_one_cp_plan_in_place");
            // then csc is refused, naming the table, the reconciliation, the statement and who wrote it
            List<String> refusals = LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN);
            assertEquals(1, refusals.size(), refusals.toString());
            String line = refusals.get(0);
            assertTrue(line.startsWith("csc.ssd_cp_plans was written after run " + loaded.runId() + " loaded it (1 UPDATE "
                    + "statement(s) by " + sessionUser(target) + ", the last at "), line);
            assertTrue(line.endsWith(" UTC): csc is no longer what the run migrated; no sign-off, exception or final load from it: "
                    + "run dry-run again"), line);
            // and the GO report cannot be signed off, for that reason, and nothing is recorded
            ConfigurationException refused = assertThrows(ConfigurationException.class, () -> signing.signOff("Alex Smith", ROLE));
            assertTrue(refused.getMessage().contains(line), refused.getMessage());
            assertEquals(0, count(target, "SELECT count(*) FROM migration.sign_off"));
            // and status warns of it first
            List<String> status = signing.status().lines();
            assertTrue(status.contains("WARNING: " + line), status.toString());
            // and reconciling the edited csc again does not make it signable: the edit is still not what the run migrated
            ReconciliationResult again = Switchover.configure().legacy(legacyDb.spec()).target(targetDb.spec()).reportDir(report)
                    .goLive(LocalDate.now().plusDays(7)).build().reconcile();
            assertTrue(again.reconciliationId() > reconciliation);
            assertEquals(List.of(line), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            refused = assertThrows(ConfigurationException.class, () -> signing.signOff("Alex Smith", ROLE));
            assertTrue(refused.getMessage().contains(line), refused.getMessage());
            // and the notes cannot be deleted to hide it
            SQLException forgotten = assertThrows(SQLException.class, () -> run(target, "forget_csc_writes"));
            assertTrue(forgotten.getMessage().contains("migration.csc_change is a record and cannot be changed (DELETE refused)"),
                    forgotten.getMessage());
            // and turning the note off is itself a refusal
            run(target, "disable_cp_plan_watch");
            assertTrue(LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN).contains("csc.ssd_cp_plans has no enabled "
                    + "switchover_csc_written trigger, so a write to it since the load would not be seen; run dry-run again "
                    + "(a full load arms it)"));
        }
        // and a new dry run, which arms the note again and reconciles csc as it is, clears both
        Switchover.configure().legacy(legacyDb.spec()).target(targetDb.spec()).reportDir(dir.resolve("again")).quiet(true)
                .goLive(LocalDate.now().plusDays(7)).build().dryRun();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertEquals(List.of(), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
        }
    }

    private static void run(Connection target, String script) throws SQLException {
        try (Statement statement = target.createStatement()) {
            statement.execute(SqlResource.load("sql/run-test/" + script + ".sql").text());
        }
    }

    private static long count(Connection target, String query) throws SQLException {
        try (Statement statement = target.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String sessionUser(Connection target) throws SQLException {
        try (Statement statement = target.createStatement(); ResultSet row = statement.executeQuery("SELECT session_user")) {
            row.next();
            return row.getString(1);
        }
    }
}
