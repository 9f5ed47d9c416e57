package org.switchover.testing;

import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;

import java.nio.file.Path;
import java.time.LocalDate;

/** The start the cutover tests share: a legacy database generated at a scale and seed, then one dry run of it. */
public final class GeneratedLoad {
    /** What was generated and how the dry run went. */
    public record Loaded(long legacyRows, DryRunResult dryRun) {
        public long runId() {
            return dryRun.engine().runId();
        }
    }

    private GeneratedLoad() {
    }

    /** Creates the legacy schema, generates into it, and dry-runs into {@code target}, reporting to {@code reportDir}. */
    public static Loaded dryRun(ConnectionSpec legacy, ConnectionSpec target, double scale, long seed, Path reportDir, LocalDate goLive) {
        LegacySchema.create(legacy);
        long rows = new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(scale).seed(seed).build()).totalRows();
        DryRunResult dryRun = Switchover.configure().legacy(legacy).target(target).reportDir(reportDir).quiet(true).goLive(goLive)
                .build().dryRun();
        if (!dryRun.succeeded()) {
            throw new AssertionError("the dry run of the generated data failed: " + dryRun.engine().failure());
        }
        return new Loaded(rows, dryRun);
    }
}
