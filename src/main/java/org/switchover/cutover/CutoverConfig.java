package org.switchover.cutover;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlTreeReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cutover keys of the configuration file (default ./switchover.yml): {@code requiredSignOffRoles}
 * (a list), {@code freezeTime} (legacy clock, yyyy-mm-ddThh:mm) and {@code goLive} (yyyy-mm-dd).
 * Keys other commands read from the same file are allowed and ignored here.
 */
public record CutoverConfig(List<String> requiredSignOffRoles, LocalDateTime freezeTime, LocalDate goLive) {
    /** Read when no file is named and it exists in the working directory. */
    public static final Path DEFAULT_FILE = Path.of("switchover.yml");
    /** Roles whose sign-off the final load needs when neither the file nor the command line names any. */
    public static final List<String> DEFAULT_REQUIRED_ROLES = List.of("Head of Service, Child Protection");
    private static final Set<String> OTHER_KEYS = Set.of("checks");

    public static final CutoverConfig EMPTY = new CutoverConfig(List.of(), null, null);

    /** The given file, else ./switchover.yml when present, else nothing configured. */
    public static CutoverConfig resolve(Path file) {
        if (file != null) {
            return read(file);
        }
        return Files.isRegularFile(DEFAULT_FILE) ? read(DEFAULT_FILE) : EMPTY;
    }

    /** The file's cutover settings; a bad value or unknown key is an error naming file and line. */
    public static CutoverConfig read(Path file) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file, "the configuration file does not exist")));
        }
        Optional<YamlNode> root = YamlTreeReader.read(file, problems);
        List<String> roles = new ArrayList<>();
        LocalDateTime freeze = null;
        LocalDate goLive = null;
        if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
            problems.add(new ConfigProblem(file, root.get().line(), "expected a mapping such as 'freezeTime: 2019-01-31T18:00'"));
        } else if (root.isPresent()) {
            for (YamlNode.Entry entry : ((YamlNode.Mapping) root.get()).entries()) {
                String text = entry.value() instanceof YamlNode.Scalar s && !s.isEmpty() ? s.text().strip() : null;
                try {
                    switch (entry.key()) {
                        case "requiredSignOffRoles" -> roles.addAll(roles(file, entry, problems));
                        case "freezeTime" -> freeze = text == null ? null : LocalDateTime.parse(text);
                        case "goLive" -> goLive = text == null ? null : LocalDate.parse(text);
                        default -> {
                            if (!OTHER_KEYS.contains(entry.key())) {
                                problems.add(new ConfigProblem(file, entry.line(), "unknown key '" + entry.key()
                                        + "'; allowed: goLive, checks, requiredSignOffRoles, freezeTime"));
                            }
                        }
                    }
                } catch (DateTimeParseException e) {
                    problems.add(new ConfigProblem(file, entry.line(), entry.key() + " must be "
                            + ("goLive".equals(entry.key()) ? "a date yyyy-mm-dd" : "a time yyyy-mm-ddThh:mm[:ss]") + ", found '" + text + "'"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new CutoverConfig(List.copyOf(roles), freeze, goLive);
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
        return roles;
    }
}
