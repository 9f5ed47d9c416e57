package org.switchover.cli;

import org.switchover.Switchover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Starts a new migration project by copying the default project or an example. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Copies a migration project (switchover.yml, legacy/, target-schema/, mappings/, reconciliation/, fixtures/)"
                + " into DIR, the start of a project for another legacy system; refuses a DIR that is not empty.",
                "Then edit its files and run: switchover validate --project DIR"})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder (new or empty).")
    Path directory;

    @Option(names = "--from", paramLabel = "PROJECT",
            description = "The project to copy, e.g. examples/carefirst-to-ssd (default: the working directory's project).")
    Path from;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        List<Path> copied = Switchover.configure().project(from).build().init(directory);
        System.out.println("created migration project " + directory + " (" + copied.size() + " files); next: switchover validate --project "
                + directory);
        return ExitCodes.OK;
    }
}
