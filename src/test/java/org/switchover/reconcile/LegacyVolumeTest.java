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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An empty legacy database is NO_GO on its own: a dry run of a schema-only legacy database migrates nothing, every count
 * balances at 0, and only the legacy-volume check sees it. The same check catches a legacy database that holds fewer rows
 * than the target loaded from it, or none at all, when a loaded run is reconciled against it.
 */
@ExtendWith(TestDatabases.class)
class LegacyVolumeTest {
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);

    @Test
    void aSchemaOnlyLegacyIsNoGoAndSoIsOneWithFewerRowsThanTheTarget(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                     @TempDir Path dir) throws SQLException {
        ConnectionSpec legacy = legacyDb.spec();
        Switchover switchover = Switchover.configure().legacy(legacy).target(targetDb.spec()).reportDir(dir.resolve("report")).goLive(GO_LIVE)
                .asOf(LocalDate.of(2019, 1, 31)).quiet(true).build();
        // given a legacy database with the schema and no rows
        LegacySchema.create(legacy);
        // when it is dry run
        DryRunResult empty = switchover.dryRun();
        // then the run succeeds with nothing read, and the verdict is NO_GO for the volume alone
        assertTrue(empty.succeeded(), () -> "dry run failed: " + empty.engine().failure());
        assertEquals(List.of("legacy-volume"), empty.reconciliation().failingCheckIds());
        assertEquals("client -> ssd_person: the legacy table holds no rows; referral -> ssd_cin_episodes: the legacy table holds no rows; "
                + "cp_registration -> ssd_cp_plans: the legacy table holds no rows", volume(empty.reconciliation()).detail());

        // given the same database filled and dry run (GO: this dataset has no headline record that cannot migrate)
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(5L).build());
        DryRunResult loaded = switchover.dryRun();
        assertEquals(List.of(), loaded.reconciliation().failingCheckIds());
        CheckOutcome before = volume(loaded.reconciliation());
        assertEquals(Status.PASS, before.status());
        // when legacy loses most of its plans, then every client, and the loaded run is reconciled against it each time
        execute(legacy, "shrink_legacy_plans");
        CheckOutcome fewer = volume(switchover.reconcile());
        execute(legacy, "empty_legacy_clients");
        CheckOutcome none = volume(switchover.reconcile());
        // then the volume check fails, naming the table and both counts
        long plans = before.targetRows().byKey().get("cp_registration -> ssd_cp_plans").n();
        assertEquals(Status.FAIL, fewer.status());
        assertEquals("cp_registration -> ssd_cp_plans: legacy holds 5 rows, fewer than the " + plans + " in the target", fewer.detail());
        assertEquals(Status.FAIL, none.status());
        assertTrue(none.detail().startsWith("client -> ssd_person: the legacy table holds no rows; "), none.detail());
    }

    private static CheckOutcome volume(ReconciliationResult result) {
        return result.outcomes().stream().filter(o -> o.id().equals("legacy-volume")).findFirst().orElseThrow();
    }

    private static void execute(ConnectionSpec legacy, String name) throws SQLException {
        try (Connection connection = Databases.connect(legacy)) {
            SqlResource.load("sql/reconcile-test/" + name + ".legacy.sql").executeAll(connection);
        }
    }
}
