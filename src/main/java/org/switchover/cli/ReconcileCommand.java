package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** Reconciles the latest dry run (or --run-id) against the legacy database; exits 1 on NO_GO. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Compares the legacy database with the target, check by check, each side by its own SQL, and writes "
                + "reconciliation.json, reconciliation.html and a CSV per list.",
                "Exit code 0 = GO, 1 = NO_GO (a check failed), 2 = bad options or configuration, 3 = a database failed."})
final class ReconcileCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ReconcileOptions options;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "DIR", required = true, description = "Where the report goes.")
    Path reportDir;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Date 'open', 'active' and 'days waiting' are measured at (default: the run's as-of date).")
    LocalDate asOf;

    @Option(names = "--run-id", paramLabel = "N", description = "Run to reconcile (default: the latest successful dry run).")
    Long runId;

    @Override
    public Integer call() {
        SwitchoverBuilder builder = project.applyTo(target.configure()).legacy(legacy.spec())
                .runId(runId).reportDir(reportDir).asOf(asOf);
        return report(options.applyTo(builder).build().reconcile());
    }

    /** Prints the verdict and failing checks; 0 on GO, 1 on NO_GO. */
    static int report(ReconciliationResult result) {
        if (result.partial() != null) {
            System.out.println(result.partial());
        }
        System.out.println("reconciliation " + result.reconciliationId() + " of run " + result.runId() + ": " + result.verdict()
                + (result.goLive() == null ? "" : "; go-live " + result.goLive()) + "; "
                + result.outcomes().size() + " checks in " + String.format("%.1f", result.seconds()) + " s; report: "
                + result.reportDir().resolve("reconciliation.html").toAbsolutePath());
        for (Status status : Status.values()) {
            System.out.println("  " + status + ": " + result.outcomes().stream().filter(o -> o.status() == status).count());
        }
        result.outcomes().stream().filter(o -> o.status() == Status.FAIL || o.status() == Status.ACCEPTED).forEach(o ->
                System.out.println("  " + o.status() + " " + o.id() + ": " + o.detail()));
        return result.go() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }
}
