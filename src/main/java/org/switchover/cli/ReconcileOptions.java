package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** --go-live DATE, --config FILE and --checks DIR: what the reconciliation checks and which date it counts to. */
public class ReconcileOptions {
    @Option(names = "--go-live", paramLabel = "DATE",
            description = "Go-live date (yyyy-mm-dd) the report counts days to; else goLive from the configuration file.")
    LocalDate goLive;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML: goLive, checks); default the project's switchover.yml when it exists.")
    Path config;

    @Option(names = "--checks", paramLabel = "DIR",
            description = "Reconciliation checks (*.yml, SQL in DIR/sql); default: checks from the configuration file, else the project's reconciliation.")
    Path checks;

    SwitchoverBuilder applyTo(SwitchoverBuilder builder) {
        return builder.goLive(goLive).checks(checks).configFile(config);
    }
}
