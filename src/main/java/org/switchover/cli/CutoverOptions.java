package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** --config, --required-role, --freeze-time and --go-live: the cutover's conditions; options win over the configuration file. */
public class CutoverOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML: requiredSignOffRoles, freezeTime, goLive); default ./switchover.yml when it exists.")
    Path config;

    @Option(names = "--required-role", paramLabel = "ROLE",
            description = "A role whose sign-off is required (repeatable); added to requiredSignOffRoles of the file. "
                    + "With neither: \"Head of Service, Child Protection\".")
    List<String> requiredRoles = new ArrayList<>();

    @Option(names = "--freeze-time", paramLabel = "yyyy-mm-ddThh:mm",
            description = "Legacy-clock time after which no legacy row's updated_dt may lie; else freezeTime from the file, else the "
                    + "legacy clock `switchover freeze` recorded. Refused when later than the legacy server's clock now.")
    LocalDateTime freezeTime;

    @Option(names = "--go-live", paramLabel = "DATE",
            description = "Go-live date (yyyy-mm-dd); else goLive from the file, else the signed reconciliation report's goLiveDate.")
    LocalDate goLive;

    SwitchoverBuilder applyTo(SwitchoverBuilder builder) {
        return builder.configFile(config).requiredRoles(requiredRoles).freezeTime(freezeTime).goLive(goLive);
    }
}
