package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The as-of date cannot be turned back to hide open duty cases. An allocation that ended after the as-of date still
 * counts as a worker on the case, so a reconciliation at an earlier date counts fewer open duty cases on both sides and
 * the headline agrees; the extract-date check FAILs it, because legacy records changes after that date. A change legacy
 * records after the run's own as-of date fails it too; a stamp beyond the legacy server's clock does not; and so does an
 * as-of date the legacy server has not reached.
 */
@ExtendWith(TestDatabases.class)
class ExtractDateTest {
    private static final LocalDate AS_OF = LocalDate.of(2019, 1, 31);
    private static final LocalDate EARLIER = LocalDate.of(2018, 9, 30);
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);

    @Test
    void anAsOfDateBeforeLegacysLatestChangeIsNoGo(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                   @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.02).seed(5L).groundTruthFile(dir.resolve("truth.json")).build());
        // given a GO dry run at the extract date, whose legacy records nothing after it
        DryRunResult run = at(AS_OF, legacyDb, targetDb, dir).dryRun();
        assertEquals(List.of(), run.reconciliation().failingCheckIds());
        assertEquals(Status.PASS, extractDate(run.reconciliation()).status());
        long openDutyCases = headline(run.reconciliation(), "open-duty-cases");

        // when the same run is reconciled at an earlier as-of date
        ReconciliationResult earlier = at(EARLIER, legacyDb, targetDb, dir).reconcile();
        // then the open duty cases shrink and still agree, and only the extract date stops it: NO_GO, naming each table
        assertTrue(headline(earlier, "open-duty-cases") < openDutyCases,
                () -> "at " + EARLIER + " fewer cases count as open on duty: " + headline(earlier, "open-duty-cases") + " of " + openDutyCases);
        assertEquals(Status.PASS, outcome(earlier, "open-duty-cases").status());
        assertEquals(ReconciliationResult.Verdict.NO_GO, earlier.verdict());
        assertTrue(earlier.failingCheckIds().contains("extract-date"), earlier.failingCheckIds()::toString);
        CheckOutcome turnedBack = extractDate(earlier);
        assertEquals("legacy " + turnedBack.legacy() + ", target 0", turnedBack.detail());
        assertTrue(turnedBack.legacyRows().byKey().keySet().containsAll(List.of("allocation", "referral", "cp_registration", "client")),
                () -> turnedBack.legacyRows().byKey().keySet().toString());
        String listed = Files.readString(dir.resolve("report").resolve("lists").resolve("extract-date.csv"));
        assertTrue(listed.startsWith("key,side,n,latest\n"), listed);
        assertTrue(listed.contains("\nallocation,legacy only,"), listed);

        // given legacy records an allocation ended after the run's as-of date, and a referral stamped beyond its own clock
        execute(legacy, "stamp_legacy_changes");
        // when the run is reconciled at its as-of date
        ReconciliationResult after = at(AS_OF, legacyDb, targetDb, dir).reconcile();
        // then the change fails it and the bad stamp does not count
        CheckOutcome changed = extractDate(after);
        assertEquals(Status.FAIL, changed.status());
        assertEquals("legacy 1, target 0", changed.detail());
        Map<String, SideResult.Row> tables = changed.legacyRows().byKey();
        assertEquals(List.of("allocation"), List.copyOf(tables.keySet()));
        assertEquals("2019-02-04 10:15:00", tables.get("allocation").values().get("latest"));
        assertFalse(after.go());

        // when the run is reconciled at a date the legacy server has not reached
        ReconciliationResult ahead = at(LocalDate.now().plusDays(2), legacyDb, targetDb, dir).reconcile();
        // then that fails it, naming the legacy server's clock
        CheckOutcome future = extractDate(ahead);
        assertEquals("legacy 1, target 0", future.detail());
        SideResult.Row clock = future.legacyRows().byKey().get("as-of date after the legacy server's date");
        assertTrue(clock.values().get("latest").startsWith(LocalDate.now() + " "), clock.values()::toString);
        assertFalse(ahead.go());
    }

    private static Switchover at(LocalDate asOf, TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target, Path dir) {
        return Switchover.configure().legacy(legacy.spec()).target(target.spec()).reportDir(dir.resolve("report"))
                .goLive(GO_LIVE).asOf(asOf).quiet(true).build();
    }

    private static long headline(ReconciliationResult result, String id) {
        return outcome(result, id).legacy();
    }

    private static CheckOutcome extractDate(ReconciliationResult result) {
        return outcome(result, "extract-date");
    }

    private static CheckOutcome outcome(ReconciliationResult result, String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static void execute(ConnectionSpec legacy, String name) throws SQLException {
        try (Connection connection = Databases.connect(legacy)) {
            SqlResource.load("sql/reconcile-test/" + name + ".legacy.sql").executeAll(connection);
        }
    }
}
