package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.exceptions.ExceptionRegister;
import org.switchover.reconcile.OwnerDecision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Records a data owner's decision about one failing record (the exceptions register), or lists the decisions. */
@Command(name = "exception", mixinStandardHelpOptions = true,
        description = {"Records a data owner's decision about one failing record of the latest reconciliation of the latest dry run:",
                "rekey (entered by hand after go-live: a task in `plan`), accept (with a reason) or fix-in-legacy (still fails).",
                "Only the check's owner role may decide. A reconcile (or the next dry run) marks covered records ACCEPTED.",
                "--list prints every decision and whether it is in force."})
final class ExceptionCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--check", paramLabel = "ID", description = "The check, e.g. open-duty-cases.") String check;
    @Option(names = "--key", paramLabel = "KEY", description = "The failing record's key in that check, e.g. a referral id.") String key;
    @Option(names = "--decision", paramLabel = "DECISION", description = "rekey, accept or fix-in-legacy.") String decision;
    @Option(names = "--list", description = "List every decision instead of recording one.") boolean list;
    @Option(names = "--owner", paramLabel = "NAME", description = "The data owner's name (staff, not a child).") String owner;
    @Option(names = "--role", paramLabel = "ROLE", description = "The owner's role: must be the check's owner.") String role;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why: recorded with the decision, shown in the report.") String reason;

    @Override
    public Integer call() {
        Switchover switchover = project.applyTo(target.configure()).build();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            ExceptionRegister.Listing listing = switchover.exceptions();
            if (listing.decisions().isEmpty()) {
                out.println("no decisions recorded");
            }
            listing.decisions().forEach(d -> out.println(d.describe() + " at " + d.decidedAt().withNano(0)
                    + ": " + d.reason() + (listing.inForce().contains(d.id()) ? "" : " (no longer in force: superseded, or the record's reason changed)")));
        } else {
            OwnerDecision recorded = switchover.exception(check, key, decision, owner, role, reason);
            out.println("recorded " + recorded.describe() + " on reconciliation " + recorded.reconciliationId() + " of dry run "
                    + recorded.runId() + "; the next reconcile (or dry run) applies it");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
