package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.cutover.DeltaResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Migrates only the legacy rows inserted, updated or deleted since an earlier load, in one transaction. */
@Command(name = "delta", mixinStandardHelpOptions = true,
        description = {"Re-migrates the legacy rows changed since run RUN_ID started (updated_dt after its legacy clock),",
                "removes rows deleted from legacy (key sets compared), and re-points rows whose client was merged.",
                "All in one target transaction: a failed delta changes nothing and can simply be run again."})
final class DeltaCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--since", paramLabel = "RUN_ID", required = true,
            description = "The earlier successful load (dry-run, final-load or delta) the delta starts from.")
    long since;

    @Override
    public Integer call() {
        DeltaResult result = mappings.applyTo(Switchover.configure().legacy(legacy.spec()).target(target.spec())).build()
                .delta(since);
        System.out.println(String.format("%-28s %10s %10s %10s %10s", "mapping", "keys", "deleted", "loaded", "changed"));
        for (DeltaResult.MappingDelta delta : result.mappings()) {
            System.out.println(String.format("%-28s %10d %10d %10d %10d", delta.mappingId(), delta.dirtyKeys(), delta.deletedRows(),
                    delta.loadedRows(), delta.changedKeys()));
        }
        System.out.println("delta run " + result.runId() + " since run " + result.sinceRunId() + ": " + result.dirtyKeys()
                + " legacy keys re-migrated, " + result.changedKeys() + " target keys changed, in "
                + String.format("%.1f", result.seconds()) + " s");
        return ExitCodes.OK;
    }
}
