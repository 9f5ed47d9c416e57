package org.switchover.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional configuration file (default ./switchover.yml), read by every command that needs it:
 * {@code goLive} (yyyy-mm-dd), {@code checks} (the reconciliation directory), {@code freezeTime}
 * (legacy clock, yyyy-mm-ddThh:mm) and {@code requiredSignOffRoles} (a list). Command-line options win
 * over it; an unknown key or a bad value is an error naming file and line.
 */
public record ConfigFile(LocalDate goLive, Path checks, LocalDateTime freezeTime, List<String> requiredSignOffRoles) {
    /** Read when no file is named and it exists in the working directory. */
    public static final Path DEFAULT_FILE = Path.of("switchover.yml");
    /** Nothing configured. */
    public static final ConfigFile EMPTY = new ConfigFile(null, null, null, List.of());
    private static final String KEYS = "goLive, checks, freezeTime, requiredSignOffRoles";

    /** The given file, else ./switchover.yml when present, else nothing configured. */
    public static ConfigFile resolve(Path file) {
        if (file != null) {
            return read(file);
        }
        return Files.isRegularFile(DEFAULT_FILE) ? read(DEFAULT_FILE) : EMPTY;
    }

    public static ConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file, "the configuration file does not exist")));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        Optional<YamlNode> root = YamlTreeReader.read(file, problems);
        ConfigFile config = EMPTY;
        if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
            problems.add(new ConfigProblem(file, root.get().line(), "expected a mapping such as 'goLive: 2019-02-01'"));
        } else if (root.isPresent()) {
            for (YamlNode.Entry entry : ((YamlNode.Mapping) root.get()).entries()) {
                config = config.with(file, entry, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private ConfigFile with(Path file, YamlNode.Entry entry, List<ConfigProblem> problems) {
        if (entry.key().equals("requiredSignOffRoles")) {
            return new ConfigFile(goLive, checks, freezeTime, roles(file, entry, problems));
        }
        String text = entry.value() instanceof YamlNode.Scalar s && !s.isEmpty() ? s.text().strip() : null;
        if (!List.of("goLive", "checks", "freezeTime").contains(entry.key())) {
            problems.add(new ConfigProblem(file, entry.line(), "unknown key '" + entry.key() + "'; allowed: " + KEYS));
            return this;
        }
        if (text == null) {
            problems.add(new ConfigProblem(file, entry.line(), "'" + entry.key() + "' needs a single value"));
            return this;
        }
        try {
            return switch (entry.key()) {
                case "goLive" -> new ConfigFile(LocalDate.parse(text), checks, freezeTime, requiredSignOffRoles);
                case "freezeTime" -> new ConfigFile(goLive, checks, LocalDateTime.parse(text), requiredSignOffRoles);
                default -> new ConfigFile(goLive, Path.of(text), freezeTime, requiredSignOffRoles);
            };
        } catch (DateTimeParseException e) {
            problems.add(new ConfigProblem(file, entry.line(), entry.key() + " must be "
                    + ("goLive".equals(entry.key()) ? "a date yyyy-mm-dd" : "a time yyyy-mm-ddThh:mm[:ss]") + ", found '" + text + "'"));
            return this;
        }
    }

    private static List<String> roles(Path file, YamlNode.Entry entry, List<ConfigProblem> problems) {
        List<String> roles = new ArrayList<>();
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            problems.add(new ConfigProblem(file, entry.line(), "requiredSignOffRoles must be a list, e.g. [\"Head of Service, Child Protection\"]"));
            return roles;
        }
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
                roles.add(scalar.text().strip());
            } else {
                problems.add(new ConfigProblem(file, item.line(), "each required sign-off role must be a non-empty text"));
            }
        }
        return List.copyOf(roles);
    }
}
