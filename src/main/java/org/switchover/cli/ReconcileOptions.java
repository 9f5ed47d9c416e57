package org.switchover.cli;

import org.switchover.config.ConfigFile;
import org.switchover.reconcile.Reconciliation;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** --go-live DATE, --config FILE and --checks DIR: what the reconciliation checks and which date it counts to. */
public class ReconcileOptions {
    @Option(names = "--go-live", paramLabel = "DATE",
            description = "Go-live date (yyyy-mm-dd) the report counts days to; else goLive from the configuration file.")
    LocalDate goLive;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML: goLive, checks); default ./switchover.yml when it exists.")
    Path config;

    @Option(names = "--checks", paramLabel = "DIR",
            description = "Reconciliation checks (*.yml, SQL in DIR/sql); default: checks from the configuration file, else reconciliation.")
    Path checks;

    /** The go-live date: the option, else the configuration file's, else {@code fallback} (may be null). */
    LocalDate goLive(LocalDate fallback) {
        if (goLive != null) {
            return goLive;
        }
        LocalDate configured = ConfigFile.resolve(config).goLive();
        return configured != null ? configured : fallback;
    }

    Path checks() {
        if (checks != null) {
            return checks;
        }
        Path configured = ConfigFile.resolve(config).checks();
        return configured != null ? configured : Reconciliation.DEFAULT_CHECKS;
    }
}
