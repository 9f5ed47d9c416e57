package org.switchover.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional configuration file (default ./switchover.yml), read by every command that needs it:
 * {@code goLive} (yyyy-mm-dd), {@code checks} (the reconciliation directory), {@code freezeTime}
 * (legacy clock, yyyy-mm-ddThh:mm), {@code requiredSignOffRoles} (a list), and the final-load gate's tolerances
 * {@code tableCountTolerancePercent} and {@code headlineTolerance}; who may sign: {@code signOffRoles} (a list) and
 * {@code allowSameSignerForRoles} (true/false); and {@code retentionDays} for raw personal values. Command-line options win over it; an unknown
 * key or a bad value is an error naming file and line.
 */
public record ConfigFile(LocalDate goLive, Path checks, LocalDateTime freezeTime, List<String> requiredSignOffRoles,
                         Double tableCountTolerancePercent, Long headlineTolerance, List<String> signOffRoles,
                         Boolean allowSameSignerForRoles, Integer retentionDays) {
    /** Read when no file is named and it exists in the working directory. */
    public static final Path DEFAULT_FILE = Path.of("switchover.yml");
    /** The gate's tolerances the file sets, the defaults for those it does not. */
    public SwitchoverSettings.Tolerances tolerances() {
        SwitchoverSettings.Tolerances defaults = SwitchoverSettings.Tolerances.DEFAULT;
        return new SwitchoverSettings.Tolerances(
                tableCountTolerancePercent == null ? defaults.tableCountPercent() : tableCountTolerancePercent,
                headlineTolerance == null ? defaults.headlineFewer() : headlineTolerance);
    }

    /** Nothing configured. */
    public static final ConfigFile EMPTY = new ConfigFile(null, null, null, List.of(), null, null, List.of(), null, null);
    private static final List<String> KEYS = List.of("goLive", "checks", "freezeTime", "requiredSignOffRoles",
            "tableCountTolerancePercent", "headlineTolerance", "signOffRoles", "allowSameSignerForRoles", "retentionDays");

    /** The given file, else ./switchover.yml when present, else nothing configured. */
    public static ConfigFile resolve(Path file) {
        return resolve(file, DEFAULT_FILE);
    }

    /** The given file, else the project's switchover.yml when present, else nothing configured. */
    public static ConfigFile resolve(Path file, Path projectFile) {
        if (file != null) {
            return read(file);
        }
        return Files.isRegularFile(projectFile) ? read(projectFile) : EMPTY;
    }

    public static ConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file, "the configuration file does not exist")));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigFile config = YamlFields.read(file, problems, "a mapping such as 'goLive: 2019-02-01'")
                .map(ConfigFile::parse).orElse(EMPTY);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private static ConfigFile parse(YamlFields fields) {
        fields.allowOnly(KEYS);
        String checks = fields.text("checks");
        return new ConfigFile(fields.parsed("goLive", "a date yyyy-mm-dd", LocalDate::parse, null),
                checks == null ? null : Path.of(checks),
                fields.parsed("freezeTime", "a time yyyy-mm-ddThh:mm[:ss]", LocalDateTime::parse, null),
                roles(fields, "requiredSignOffRoles", "a required sign-off role"),
                fields.parsed("tableCountTolerancePercent", "a percentage such as 2 or 0.5", Double::parseDouble, null),
                fields.parsed("headlineTolerance", "a whole number of records", Long::parseLong, null),
                roles(fields, "signOffRoles", "a role that may sign off"),
                fields.parsed("allowSameSignerForRoles", "true or false", ConfigFile::bool, null),
                fields.parsed("retentionDays", "a whole number of days", Integer::parseInt, null));
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("not true or false: " + text);
        }
        return Boolean.valueOf(text);
    }

    private static List<String> roles(YamlFields fields, String key, String what) {
        List<String> roles = new ArrayList<>();
        for (YamlNode item : fields.list(key)) {
            String role = fields.text(item, what);
            if (role != null) {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }
}
