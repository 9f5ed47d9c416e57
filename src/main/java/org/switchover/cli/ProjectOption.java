package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --project DIR: the migration project folder every other default (mappings, checks, switchover.yml) is taken from. */
public class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR",
            description = "Migration project folder (switchover.yml, legacy/, target-schema/, mappings/, reconciliation/, fixtures/); "
                    + "default: the working directory.")
    Path directory;

    /** A facade builder for this project. */
    SwitchoverBuilder configure() {
        return applyTo(Switchover.configure());
    }

    /** The builder, told this project. */
    SwitchoverBuilder applyTo(SwitchoverBuilder builder) {
        return builder.project(directory);
    }
}
