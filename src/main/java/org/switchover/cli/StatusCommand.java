package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.ledger.EventLog;
import org.switchover.operation.StatusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Checks the ledger, then lists the target's runs with their verdicts and sign-offs, naming every sign-off that has lapsed and why. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Checks the ledger (naming the first broken row), then prints whether the target is production and every "
                + "run (newest first) with its verdict and sign-offs.",
                "A sign-off whose reconciliation.json was edited, whose mapping set or check set changed, or that is not in the "
                        + "ledger as it is now, shows as LAPSED with the reason. Exit code 1 when the ledger is broken or differs "
                        + "from --ledger FILE."})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (signOffRoles, checks, retentionDays); default ./switchover.yml when it exists.")
    Path config;

    @Option(names = "--ledger", paramLabel = "FILE", description = "Compare the database's ledger with a copy `switchover ledger --export` wrote.")
    Path ledgerCopy;

    @Option(names = "--events", description = "List the audit trail (every recorded event) instead.")
    boolean events;

    @Override
    public Integer call() {
        Switchover switchover = mappings.applyTo(project.applyTo(target.configure())).configFile(config).build();
        if (events) {
            switchover.events().stream().map(EventLog.Event::describe).forEach(System.out::println);
            return ExitCodes.OK;
        }
        StatusResult result = switchover.status(ledgerCopy);
        result.lines().forEach(System.out::println);
        return result.ledgerIntact() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }
}
