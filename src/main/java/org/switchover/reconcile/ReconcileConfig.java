package org.switchover.reconcile;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlTreeReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The optional configuration file (default ./switchover.yml): {@code goLive: 2019-02-01} and
 * {@code checks: reconciliation}. Command-line options win over it.
 */
public record ReconcileConfig(LocalDate goLive, Path checks) {
    /** Read when --config is not given and the file exists in the working directory. */
    public static final Path DEFAULT_FILE = Path.of("switchover.yml");
    private static final Set<String> KEYS = Set.of("goLive", "checks");
    /** Keys of the same file that the cutover commands read (org.switchover.cutover.CutoverConfig). */
    private static final Set<String> CUTOVER_KEYS = Set.of("requiredSignOffRoles", "freezeTime");

    public static final ReconcileConfig EMPTY = new ReconcileConfig(null, null);

    /** The file's settings; an unknown key or a bad date is an error naming file and line. */
    public static ReconcileConfig read(Path file) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file, "the configuration file does not exist")));
        }
        Optional<YamlNode> root = YamlTreeReader.read(file, problems);
        LocalDate goLive = null;
        Path checks = null;
        if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
            problems.add(new ConfigProblem(file, root.get().line(), "expected a mapping such as 'goLive: 2019-02-01'"));
        } else if (root.isPresent()) {
            for (YamlNode.Entry entry : ((YamlNode.Mapping) root.get()).entries()) {
                String text = entry.value() instanceof YamlNode.Scalar s && !s.isEmpty() ? s.text().strip() : null;
                if (CUTOVER_KEYS.contains(entry.key())) {
                    continue;
                }
                if (!KEYS.contains(entry.key())) {
                    problems.add(new ConfigProblem(file, entry.line(), "unknown key '" + entry.key() + "'; allowed: goLive, checks"));
                } else if (text == null) {
                    problems.add(new ConfigProblem(file, entry.line(), "'" + entry.key() + "' needs a single value"));
                } else if (entry.key().equals("goLive")) {
                    try {
                        goLive = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        problems.add(new ConfigProblem(file, entry.line(), "goLive must be a date yyyy-mm-dd, found '" + text + "'"));
                    }
                } else {
                    checks = Path.of(text);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ReconcileConfig(goLive, checks);
    }

    /** The given file, else ./switchover.yml when present, else nothing configured. */
    public static ReconcileConfig resolve(Path file) {
        if (file != null) {
            return read(file);
        }
        return Files.isRegularFile(DEFAULT_FILE) ? read(DEFAULT_FILE) : EMPTY;
    }
}
