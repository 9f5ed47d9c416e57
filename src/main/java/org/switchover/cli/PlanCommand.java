package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import org.switchover.operation.PlanResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;

/** Prints the cutover runbook: the steps, their expected durations from the last runs, the freeze time and the missing sign-offs. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints the go-live weekend's runbook for the target: each step with its expected duration",
                "(mean of the last successful runs), the freeze time, and which required sign-offs are still missing.",
                "With --start: a timetable by the clock (freeze, final load, decision point, go-live or fallback, rekey)."})
final class PlanCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    CutoverOptions cutover;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--start", paramLabel = "yyyy-mm-ddThh:mm",
            description = "When the weekend starts (the freeze): adds a timetable by the clock with the decision point and the fallback.")
    LocalDateTime start;

    @Option(names = "--format", paramLabel = "text|md", defaultValue = "text",
            description = "text (default) or md: the same runbook as Markdown.")
    Format format;

    /** How the runbook is printed. */
    enum Format { text, md }

    @Override
    public Integer call() {
        SwitchoverBuilder builder = cutover.applyTo(mappings.applyTo(project.applyTo(target.configure())));
        PlanResult plan = builder.build().plan(start);
        (format == Format.md ? plan.markdown() : plan.lines()).forEach(System.out::println);
        return ExitCodes.OK;
    }
}
