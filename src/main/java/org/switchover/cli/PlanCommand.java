package org.switchover.cli;

import org.switchover.Switchover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Prints the cutover runbook: the steps, their expected durations from the last runs, the freeze time and the missing sign-offs. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints the go-live weekend's runbook for the target: each step with its expected duration",
                "(mean of the last successful runs), the freeze time, and which required sign-offs are still missing."})
final class PlanCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    CutoverOptions cutover;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        Switchover.Builder builder = cutover.applyTo(mappings.applyTo(target.configure()));
        builder.build().plan().lines().forEach(System.out::println);
        return ExitCodes.OK;
    }
}
