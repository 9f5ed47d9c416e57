package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.dryrun.CountsReport;
import org.switchover.config.SwitchoverSettings;
import org.switchover.cutover.FinalLoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The cutover: refuses unless every condition holds, then loads, reconciles and marks the target as production. */
@Command(name = "final-load", mixinStandardHelpOptions = true,
        description = "Refuses before writing anything (exit 2) when the preflight fails: a legacy table or column the mappings read "
                + "is missing or of a type its transform does not accept, the report directory cannot be written, or an object "
                + "outside csc depends on a csc table. Then refuses to start, with one line per unmet condition (exit 1), unless: "
                + "the latest dry run with the current mappings is GO and signed off by every required role; legacy is the "
                + "database it read, its table counts within tableCountTolerancePercent and its headlines no more than "
                + "headlineTolerance fewer than the signed report's; the go-live date is today or later; a freeze is recorded "
                + "(switchover freeze) and legacy still matches its fingerprint; the freeze time is not in the legacy server's "
                + "future and no row changed after it; the target is not production yet. Then loads every mapping (resumable "
                + "with --resume), checks legacy did not change meanwhile, reconciles, and on GO marks the target as production. "
                + "Every step is recorded in migration.event.")
final class FinalLoadCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    CutoverOptions cutover;
    @Mixin
    ProjectOption project;
    @Mixin
    LoadOptions load;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = SwitchoverSettings.DEFAULT_FINAL_LOAD_REPORT_DIR,
            description = "Where the final load's counts and reconciliation reports go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--checks", paramLabel = "DIR", description = "Reconciliation checks; default: checks from the configuration file, else reconciliation.")
    Path checks;

    @Option(names = "--resume", description = "Continue the interrupted final load (same run id, after its last committed chunks); the conditions are checked again.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        SwitchoverBuilder builder = project.applyTo(target.configure()).legacy(legacy.spec()).reportDir(reportDir)
                .checks(checks).resume(resume).quiet(quiet);
        Switchover switchover = cutover.applyTo(mappings.applyTo(load.applyTo(builder))).build();
        FinalLoadResult result = switchover.finalLoad();
        if (result.engine() != null) { // the same table as a dry run's: what the load read, loaded, excluded and rejected
            CountsReport.printSummary(result.engine(), System.out);
        }
        switch (result.outcome()) {
            case REFUSED -> {
                System.err.println("switchover: the final load will not start:");
                result.unmet().forEach(condition -> System.err.println("  - " + condition));
                return ExitCodes.CHECKS_FAILED;
            }
            case FAILED -> {
                System.err.println("switchover: final load run " + result.runId() + " stopped: " + result.failure());
                return ExitCodes.RUNTIME_FAILURE;
            }
            case NO_GO -> {
                if (!result.unmet().isEmpty()) {
                    System.err.println("switchover: final load run " + result.runId() + " is NO_GO: legacy changed while it loaded; "
                            + "the target is NOT marked as production:");
                    result.unmet().forEach(reason -> System.err.println("  - " + reason));
                    return ExitCodes.CHECKS_FAILED;
                }
                System.err.println("switchover: final load run " + result.runId() + " is loaded but its reconciliation is "
                        + result.verdict() + "; the target is NOT marked as production. Report: " + reportDir.toAbsolutePath());
                return ExitCodes.CHECKS_FAILED;
            }
            default -> {
                System.out.println("final load run " + result.runId() + " GO; target " + switchover.target().identity()
                        + " is now production. Report: " + reportDir.toAbsolutePath());
                return ExitCodes.OK;
            }
        }
    }
}
