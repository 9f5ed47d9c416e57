package org.switchover.testing;

import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.reconcile.ReconciliationResult;

import java.nio.file.Path;
import java.time.LocalDate;

/** The start the cutover tests share: a legacy database generated at a scale and seed, then one dry run of it. */
public final class GeneratedLoad {
    /**
     * What was generated and how the dry run went; {@code reconciliation} is the dry run's last reconciliation: after the
     * owners' decisions on the headline records the generated data holds that cannot migrate ({@link OwnerDecisions}).
     */
    public record Loaded(long legacyRows, DryRunResult dryRun, ReconciliationResult reconciliation) {
        public long runId() {
            return dryRun.engine().runId();
        }
    }

    private GeneratedLoad() {
    }

    /**
     * Creates the legacy schema, generates into it, and dry-runs into {@code target}, reporting to {@code reportDir}; the
     * owners then accept every headline record that cannot migrate, so the run is GO when nothing else fails.
     */
    public static Loaded dryRun(ConnectionSpec legacy, ConnectionSpec target, double scale, long seed, Path reportDir, LocalDate goLive) {
        LegacySchema.create(legacy);
        long rows = new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(scale).seed(seed).build()).totalRows();
        Switchover switchover = Switchover.configure().legacy(legacy).target(target).reportDir(reportDir).quiet(true)
                .goLive(goLive).build();
        DryRunResult dryRun = switchover.dryRun();
        if (!dryRun.succeeded()) {
            throw new AssertionError("the dry run of the generated data failed: " + dryRun.engine().failure());
        }
        ReconciliationResult reconciled = OwnerDecisions.notMigrated(dryRun.reconciliation()).isEmpty() ? dryRun.reconciliation()
                : OwnerDecisions.onEveryRecordNotMigrated(switchover, dryRun.reconciliation(), "accept");
        return new Loaded(rows, dryRun, reconciled);
    }
}
