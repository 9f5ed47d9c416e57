package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner of csc can write without a note: turn the trigger off and on again, or replace the function it runs. Neither
 * can be done without a new row version in the catalog, which the run's mark recorded ({@link CscWrites}); and the next
 * full load puts the real function back.
 */
@ExtendWith(TestDatabases.class)
class CscNoteTamperingTest {
    @Test
    void theOwnerTurningTheNoteOffOrSilencingItIsSeenAndADryRunPutsItBack(TestDatabases.LegacyDb legacyDb,
                                                                         TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given a GO dry run, with nothing refused
        GeneratedLoad.Loaded loaded = GeneratedLoad.dryRun(legacyDb.spec(), targetDb.spec(), 0.01, 7, dir.resolve("dry-run"),
                LocalDate.now().plusDays(7));
        assertTrue(loaded.reconciliation().go(), loaded.reconciliation().failingCheckIds().toString());
        Switchover dryRuns = Switchover.configure().legacy(legacyDb.spec()).target(targetDb.spec()).reportDir(dir.resolve("again"))
                .quiet(true).goLive(LocalDate.now().plusDays(7)).build();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertEquals(List.of(), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            // when the owner disables the note's trigger, edits a CP plan and enables the trigger again (nothing is noted)
            run(target, "edit_with_the_note_off");
            // then the trigger's new row version gives it away
            List<String> refusals = LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN);
            assertEquals(1, refusals.size(), refusals.toString());
            assertTrue(refusals.get(0).startsWith("the guards of the notes of writes on csc changed after run " + loaded.runId()
                    + " loaded it (trigger switchover_csc_written on csc.ssd_cp_plans: version "), refusals.get(0));
            assertTrue(refusals.get(0).endsWith(", enabled O is no longer so): a trigger was disabled, replaced or dropped, a "
                    + "function replaced or a table rewritten, which can hide a write; no sign-off, exception or final load from "
                    + "it: run dry-run again"), refusals.get(0));
        }
        // and a new dry run clears it
        long second = dryRuns.dryRun().engine().runId();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertEquals(List.of(), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            // when the owner replaces the function the triggers run with one that notes nothing, and edits a row
            run(target, "silence_the_note");
            // then the function's new row version gives it away
            List<String> refusals = LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN);
            assertEquals(1, refusals.size(), refusals.toString());
            assertTrue(refusals.get(0).startsWith("the guards of the notes of writes on csc changed after run " + second
                    + " loaded it (function migration.note_csc_change: version "), refusals.get(0));
        }
        // and the next dry run puts the real function back: a write after it is noted again
        long third = dryRuns.dryRun().engine().runId();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertEquals(List.of(), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            run(target, "edit_one_cp_plan_in_place");
            assertTrue(LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN).get(0).startsWith("csc.ssd_cp_plans was written after run "
                    + third + " loaded it (1 UPDATE statement(s) by "));
            // and when the owner makes the notes deletable (a silent record function, a record trigger dropped) and only
            // then runs a dry run, so that its mark would hold them that way
            run(target, "silence_the_records");
        }
        dryRuns.dryRun();
        try (Connection target = Databases.connect(targetDb.spec())) {
            // then the dry run has put both back: the notes cannot be deleted
            SQLException refused = assertThrows(SQLException.class, () -> run(target, "forget_csc_writes"));
            assertTrue(refused.getMessage().contains("migration.csc_change is a record and cannot be changed (DELETE refused)"),
                    refused.getMessage());
        }
    }

    private static void run(Connection target, String script) throws SQLException {
        try (Statement statement = target.createStatement()) {
            statement.execute(SqlResource.load("sql/run-test/" + script + ".sql").text());
        }
    }
}
