package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.Redaction;
import org.switchover.dryrun.CountsReport;
import org.switchover.dryrun.DryRunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs a full dry run into a clean target; with no URLs, on embedded servers filled with generated data. */
@Command(name = "dry-run", mixinStandardHelpOptions = true,
        description = {"Applies Flyway, empties csc, migrates every mapping in foreign-key order and writes the report.",
                "With neither --legacy-url nor --target-url it starts embedded MariaDB and PostgreSQL and generates legacy data first."})
final class DryRunCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    ReconcileOptions reconcileOptions;
    @Mixin
    ProjectOption project;
    @Mixin
    LoadOptions load;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = SwitchoverSettings.DEFAULT_REPORT_DIR,
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--resume", description = "Continue the latest interrupted dry run on the target (same run id, no truncate, each mapping after its last committed chunk); with none, start a new one.")
    boolean resume;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "" + SwitchoverSettings.DEFAULT_EMBEDDED_SCALE,
            description = "Embedded default only: scale of the generated legacy data (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SwitchoverSettings.DEFAULT_SEED,
            description = "Embedded default only: generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--only", paramLabel = "MAPPING",
            description = "Repeatable: a scratch run of this mapping (named by the target table it maps) and the mappings it references; "
                    + "it empties csc, reports into the sibling directory scratch/ and is never signable.")
    List<String> only = List.of();

    @Override
    public Integer call() {
        SwitchoverBuilder builder = project.applyTo(target.configure()).legacy(legacy.spec()).reportDir(reportDir)
                .quiet(quiet).resume(resume).scale(scale).seed(seed);
        Switchover switchover = reconcileOptions.applyTo(mappings.applyTo(load.applyTo(builder))).build();
        return report(only.isEmpty() ? switchover.dryRun() : switchover.dryRunOnly(only));
    }

    private int report(DryRunResult result) {
        CountsReport.printSummary(result.engine(), System.out);
        System.out.println((only.isEmpty() ? "run " : "scratch run ") + result.engine().runId() + " " + result.engine().status() + " in "
                + String.format("%.1f", result.seconds()) + " s; report: " + result.reportDir().resolve(CountsReport.FILE_NAME).toAbsolutePath());
        result.phases().print(System.out);
        if (!result.succeeded()) {
            System.err.println("switchover: the dry run failed: " + Redaction.scrub(result.engine().failure()));
            return ExitCodes.RUNTIME_FAILURE;
        }
        return ReconcileCommand.report(result.reconciliation());
    }
}
