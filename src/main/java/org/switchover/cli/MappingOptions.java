package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import org.switchover.config.SwitchoverSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** --mappings DIR and --as-of DATE: which mapping set to use, and the extract date its rules refer to. */
public class MappingOptions {
    @Option(names = "--mappings", paramLabel = "DIR",
            description = "Mapping files (*.yml) with their code maps in DIR/codes (default: the project's " + SwitchoverSettings.DEFAULT_MAPPINGS + ").")
    Path directory;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Extract date (yyyy-mm-dd) the rules measure 'future' and two-digit years against (default: 2019-01-31).")
    LocalDate asOf;

    SwitchoverBuilder applyTo(SwitchoverBuilder builder) {
        return builder.mappings(directory).asOf(asOf);
    }
}
