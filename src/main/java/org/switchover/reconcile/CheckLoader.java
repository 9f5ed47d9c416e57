package org.switchover.reconcile;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlTreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every reconciliation/*.yml, checks each against the file format and reports all problems
 * at once with file and line ({@link ConfigException}).
 */
public final class CheckLoader {
    private static final Set<String> KEYS = Set.of("id", "title", "owner", "severity", "whenFound", "type", "compare",
            "legacy", "target", "parameters", "compareValues", "max");
    private static final Map<CheckType, List<String>> REQUIRED_PARAMETERS = Map.of(
            CheckType.MAPPING_COUNTS, List.of("legacyTable", "targetTable"),
            CheckType.NOT_NULL, List.of("table", "field"),
            CheckType.ORPHANS, List.of("table", "key", "column", "parentTable", "parentColumn"),
            CheckType.CUSTOM, List.of());

    private CheckLoader() {
    }

    /** Every check in the directory, sorted by file name; throws with every problem found. */
    public static List<CheckDefinition> load(Path directory) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<CheckDefinition> checks = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(directory, "the reconciliation checks directory does not exist")));
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                YamlTreeReader.read(file, problems).ifPresent(root -> read(file, root, directory, problems, checks));
            }
        } catch (IOException e) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(directory, "cannot list the directory: " + e.getMessage())));
        }
        if (checks.isEmpty() && problems.isEmpty()) {
            problems.add(ConfigProblem.ofFile(directory, "no checks (*.yml) in the directory"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return checks;
    }

    private static void read(Path file, YamlNode root, Path directory, List<ConfigProblem> problems, List<CheckDefinition> checks) {
        if (!(root instanceof YamlNode.Mapping map)) {
            problems.add(new ConfigProblem(file, root.line(), "a check must be a mapping of id, title, owner, ..., found " + YamlNode.kind(root)));
            return;
        }
        int before = problems.size();
        for (YamlNode.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key())) {
                problems.add(new ConfigProblem(file, entry.line(), "unknown key '" + entry.key() + "'; allowed: " + String.join(", ", KEYS.stream().sorted().toList())));
            }
        }
        Fields fields = new Fields(file, map, problems);
        String id = fields.required("id");
        String stem = file.getFileName().toString().replaceFirst("\\.yml$", "");
        if (id != null && !id.equals(stem)) {
            problems.add(new ConfigProblem(file, fields.line("id"), "id '" + id + "' must equal the file name '" + stem + "'"));
        }
        String title = fields.required("title");
        String owner = fields.required("owner");
        Status onMismatch = fields.choice("severity", "fail", Map.of("fail", Status.FAIL, "warn", Status.WARN));
        Status whenFound = fields.choice("whenFound", "pass", Map.of("pass", Status.PASS, "warn", Status.WARN));
        CheckType type = fields.choice("type", null, enumChoices(CheckType.values(), CheckType::text));
        Comparison compare = fields.choice("compare", type == CheckType.ORPHANS ? "threshold" : type == CheckType.NOT_NULL ? "equal_keys"
                : type == CheckType.MAPPING_COUNTS ? "equal_counts" : null, enumChoices(Comparison.values(), Comparison::text));
        boolean compareValues = Boolean.TRUE.equals(fields.choice("compareValues", "false", Map.of("true", Boolean.TRUE, "false", Boolean.FALSE)));
        long max = fields.number("max", 0);
        Map<String, String> parameters = fields.parameters();
        String legacy = fields.sqlFile("legacy", directory);
        String target = fields.sqlFile("target", directory);
        if (type != null) {
            for (String name : REQUIRED_PARAMETERS.get(type)) {
                if (!parameters.containsKey(name)) {
                    problems.add(new ConfigProblem(file, fields.line("parameters"), "type " + type.text() + " needs parameter '" + name + "'"));
                }
            }
            if (type == CheckType.CUSTOM && target == null) {
                problems.add(new ConfigProblem(file, map.line(), "a custom check needs a target query (target: sql/....sql)"));
            }
            if (type == CheckType.NOT_NULL && legacy == null) {
                problems.add(new ConfigProblem(file, map.line(), "a not_null check needs a legacy query: the legacy rows whose field must arrive NULL"));
            }
            if (type == CheckType.NOT_NULL && target == null
                    && !(parameters.containsKey("key") && parameters.containsKey("personColumn"))) {
                problems.add(new ConfigProblem(file, fields.line("parameters"), "a not_null check without a target query needs parameters 'key' and 'personColumn'"));
            }
        }
        if (compare != null && compare != Comparison.THRESHOLD && type == CheckType.CUSTOM && legacy == null) {
            problems.add(new ConfigProblem(file, map.line(), "compare " + compare.text() + " needs a legacy query"));
        }
        if (problems.size() == before) {
            checks.add(new CheckDefinition(id, title, owner, onMismatch, whenFound, type, compare, legacy, target,
                    parameters, compareValues, max, file));
        }
    }

    private static <E extends Enum<E>> Map<String, E> enumChoices(E[] values, java.util.function.Function<E, String> text) {
        Map<String, E> choices = new LinkedHashMap<>();
        for (E value : values) {
            choices.put(text.apply(value), value);
        }
        return choices;
    }
}
