package org.switchover.cli;

import org.switchover.config.ConfigFile;

import org.switchover.cutover.CutoverConfig;
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
            description = "Legacy-clock time after which no legacy row may have changed; else freezeTime from the file. Required by final-load.")
    LocalDateTime freezeTime;

    @Option(names = "--go-live", paramLabel = "DATE",
            description = "Go-live date (yyyy-mm-dd); else goLive from the file, else the signed reconciliation report's goLiveDate.")
    LocalDate goLive;

    private ConfigFile file() {
        return ConfigFile.resolve(config);
    }

    List<String> requiredRoles() {
        List<String> roles = new ArrayList<>(file().requiredSignOffRoles());
        requiredRoles.stream().filter(role -> roles.stream().noneMatch(role::equalsIgnoreCase)).forEach(roles::add);
        return roles.isEmpty() ? CutoverConfig.DEFAULT_REQUIRED_ROLES : roles;
    }

    LocalDateTime freezeTime() {
        return freezeTime != null ? freezeTime : file().freezeTime();
    }

    LocalDate goLive() {
        return goLive != null ? goLive : file().goLive();
    }
}
