package org.switchover.cli;

import org.switchover.Switchover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Lists the target's runs with their verdicts and sign-offs, naming every sign-off that has lapsed and why. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints whether the target is production, then every run (newest first) with its verdict and sign-offs.",
                "A sign-off whose reconciliation.json was edited, or whose mapping set changed, shows as LAPSED with the reason."})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        mappings.applyTo(project.configure().target(target.spec())).build().status().lines().forEach(System.out::println);
        return ExitCodes.OK;
    }
}
