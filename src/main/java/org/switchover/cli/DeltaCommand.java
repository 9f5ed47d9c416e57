package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import org.switchover.config.SwitchoverSettings;
import org.switchover.cutover.DeltaResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Migrates only the legacy rows inserted, updated or deleted since an earlier load, in one transaction, then reconciles the whole target. */
@Command(name = "delta", mixinStandardHelpOptions = true,
        description = {"Re-migrates the legacy rows changed since run RUN_ID started: updated_dt at or after its legacy clock,",
                "and every row of a key range whose content hash differs from what that run read (changes that did not",
                "bump updated_dt, hard deletes); removes rows deleted from legacy and re-points rows whose client was merged.",
                "All in one target transaction: a failed delta changes nothing and can simply be run again. Then reconciles",
                "the whole target against the whole of legacy, recorded against the delta run (exit 1 on NO_GO).",
                "Refuses (exit 2) a production target, a run that is not the target's latest load, and a failed preflight."})
final class DeltaCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--since", paramLabel = "RUN_ID", required = true,
            description = "The earlier successful load (dry-run or delta) the delta starts from: the latest that changed the target.")
    long since;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = SwitchoverSettings.DEFAULT_DELTA_REPORT_DIR,
            description = "Where the reconciliation of the whole target after the delta goes (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--checks", paramLabel = "DIR", description = "Reconciliation checks (default: reconciliation).")
    Path checks;

    @Override
    public Integer call() {
        SwitchoverBuilder builder = project.applyTo(target.configure()).legacy(legacy.spec()).reportDir(reportDir)
                .checks(checks);
        DeltaResult result = mappings.applyTo(builder).build().delta(since);
        System.out.println(String.format("%-28s %10s %10s %10s %10s", "mapping", "keys", "deleted", "loaded", "changed"));
        for (DeltaResult.MappingDelta delta : result.mappings()) {
            System.out.println(String.format("%-28s %10d %10d %10d %10d", delta.mappingId(), delta.dirtyKeys(), delta.deletedRows(),
                    delta.loadedRows(), delta.changedKeys()));
        }
        System.out.println("delta run " + result.runId() + " since run " + result.sinceRunId() + ": " + result.dirtyKeys()
                + " legacy keys re-migrated, " + result.changedKeys() + " target keys changed, in "
                + String.format("%.1f", result.seconds()) + " s");
        System.out.println("reconciliation of the whole target, recorded against run " + result.runId() + ": "
                + result.reconciliation().verdict() + "; report: " + reportDir.toAbsolutePath());
        return result.reconciliation().go() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }
}
