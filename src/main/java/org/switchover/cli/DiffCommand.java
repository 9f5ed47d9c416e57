package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.operation.DiffOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Compares two runs of the target: what changed in counts, checks, verdict, unmapped values and rejects. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Prints what changed from one run to another (read, loaded, excluded, rejected per table; each check's status",
                "and counts; the verdict; unmapped values and rejects that appeared or went) and writes diff-FROM-TO/diff.json",
                "beside the runs' reports (the parent of --report-dir)."})
final class DiffCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--from", required = true, paramLabel = "RUN", description = "The earlier run id.")
    long from;

    @Option(names = "--to", required = true, paramLabel = "RUN", description = "The later run id.")
    long to;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = SwitchoverSettings.DEFAULT_REPORT_DIR,
            description = "The report directory whose parent holds the runs' reports (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Override
    public Integer call() {
        DiffOperation.DiffResult result = Switchover.configure().target(target.spec()).reportDir(reportDir).build().diff(from, to);
        result.diff().lines().forEach(System.out::println);
        System.out.println("diff: " + result.file().toAbsolutePath());
        return ExitCodes.OK;
    }
}
