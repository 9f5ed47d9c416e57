package org.switchover.cli;

import org.switchover.purge.Purge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Replaces the personal data the reject and lossy stores keep with a redaction marker. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Replaces the raw values in migration.reject (rejected legacy rows) and migration.lossy_conversion "
                + "(case-note bodies) with " + Purge.MARKER + ", keeping keys, reasons and counts; records a ledger event.",
                "Give --before-run N (runs before run N) or --after-cutover (every run up to the final load)."})
final class PurgeCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--before-run", paramLabel = "N", description = "Purge the runs before run N.")
    Long beforeRun;

    @Option(names = "--after-cutover", description = "Purge every run up to the final load that made the target production.")
    boolean afterCutover;

    @Override
    public Integer call() {
        Purge.Result result = project.applyTo(target.configure()).build().purge(beforeRun, afterCutover);
        System.out.println("purged the raw values of " + result.rejects() + " rejects and " + result.lossyConversions()
                + " lossy conversions of the runs before run " + result.beforeRun());
        return ExitCodes.OK;
    }
}
