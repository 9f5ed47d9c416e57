package org.switchover.reconcile;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlFields;
import org.switchover.mapping.MappingSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The checks of a reconciliation: every reconciliation/**.yml (a family of checks may have its folder, e.g. census/),
 * checked against the file format, and the counts
 * check each mapping implies ({@link CountsChecks}). All problems are reported at once with file and line
 * ({@link ConfigException}). A check file may not reuse the id of an implied check: the mapping's
 * {@code counts:} section changes that check, and {@code counts: off} hands its id to a file.
 */
public final class CheckLoader {
    private static final List<String> KEYS = List.of("id", "title", "owner", "severity", "whenFound", "type", "compare",
            "compareValues", "max", "legacy", "target", "parameters", "meaning", "action", "headline", "rule", "message", "personal", "describe");
    /** The longest {@code meaning:} a head of service reads as one sentence. */
    static final int MEANING_MAX = 200;
    /** The longest {@code action:}: what to do when WARN and when FAIL. */
    static final int ACTION_MAX = 300;
    /** The words of {@code severity} and {@code whenFound}, in check files and in a mapping's {@code counts:}. */
    static final Map<String, Status> SEVERITY = YamlFields.choices(CheckLoader::word, Status.FAIL, Status.WARN);
    static final Map<String, Status> WHEN_FOUND = YamlFields.choices(CheckLoader::word, Status.PASS, Status.WARN);
    private static final String EXTENSION = ".yml";
    private static final Map<CheckType, List<String>> REQUIRED_PARAMETERS = Map.of(
            CheckType.MAPPING_COUNTS, List.of("legacyTable", "targetTable"),
            CheckType.NOT_NULL, List.of("table", "field"),
            CheckType.ORPHANS, List.of("table", "key", "column", "parentTable", "parentColumn"),
            CheckType.CUSTOM, List.of());

    private CheckLoader() {
    }

    /**
     * The checks in the directory and those the mappings imply, in the order of their file names
     * ({@code <id>.yml}, as if each implied check had its file); throws with every problem found.
     */
    public static List<CheckDefinition> load(Path directory, MappingSet mappings) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<CheckDefinition> checks = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(directory, "the reconciliation checks directory does not exist")));
        }
        List<CheckDefinition> implied = CountsChecks.implied(mappings.files());
        Map<String, Path> impliedBy = new HashMap<>();
        implied.forEach(check -> impliedBy.put(check.id(), check.file()));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(EXTENSION) && Files.isRegularFile(f)).sorted().toList()) {
                YamlFields.read(file, problems, "a check: a mapping of id, title, owner, ...")
                        .ifPresent(fields -> read(fields, directory, impliedBy, problems, checks));
            }
        } catch (IOException e) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(directory, "cannot list the directory: " + e.getMessage())));
        }
        checks.replaceAll(check -> withPerson(check, mappings, problems));
        checks.addAll(implied);
        if (checks.isEmpty() && problems.isEmpty()) {
            problems.add(ConfigProblem.ofFile(directory, "no checks (*.yml) in the directory"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        checks.sort(Comparator.comparing(check -> check.id() + EXTENSION));
        return List.copyOf(checks);
    }

    /**
     * A not_null check without its own target query joins the person for the child's reference: the person mapping's
     * target table, key and reference column (declared in the mapping files, never here) become its parameters.
     */
    private static CheckDefinition withPerson(CheckDefinition check, MappingSet mappings, List<ConfigProblem> problems) {
        if (check.type() != CheckType.NOT_NULL || check.targetSql() != null) {
            return check;
        }
        var person = mappings.person().orElse(null);
        if (person == null || person.targetKey() == null || person.targetReference() == null) {
            problems.add(new ConfigProblem(check.file(), 1, "a not_null check without a target query names each child by the person's"
                    + " reference: declare role: person with source: { reference: COLUMN } and map that column"));
            return check;
        }
        Map<String, String> parameters = new LinkedHashMap<>(check.parameters());
        parameters.put("personTable", person.targetTable());
        parameters.put("personKey", person.targetKey());
        parameters.put("personRef", person.targetReference());
        return new CheckDefinition(check.id(), check.title(), check.owner(), check.onMismatch(), check.whenFound(), check.type(),
                check.compare(), check.legacySql(), check.targetSql(), parameters, check.compareValues(), check.thresholdMax(),
                check.file(), check.meaning(), check.action(), check.headline(), check.rule(), check.message(), check.personal(),
                check.describe());
    }

    private static void read(YamlFields fields, Path directory, Map<String, Path> impliedBy, List<ConfigProblem> problems,
                             List<CheckDefinition> checks) {
        int before = problems.size();
        Path file = fields.file();
        fields.allowOnly(KEYS);
        String id = fields.required("id");
        String stem = file.getFileName().toString().replaceFirst("\\.yml$", "");
        if (id != null && !id.equals(stem)) {
            fields.problem(fields.line("id"), "id '" + id + "' must equal the file name '" + stem + "'");
        }
        if (impliedBy.containsKey(id)) {
            fields.problem(fields.line("id"), "id '" + id + "' is the counts check that " + impliedBy.get(id)
                    + " implies; change it in that file's counts: section, or write counts: off there to define it here");
        }
        String title = fields.required("title");
        String owner = fields.required("owner");
        String meaning = guidance(fields, "meaning", MEANING_MAX, "say in one plain-English sentence what the check finds");
        String action = guidance(fields, "action", ACTION_MAX,
                "say what the owner does when it is not PASS (fix in legacy, accept, or nothing: carried over faithfully)");
        Status onMismatch = fields.choice("severity", SEVERITY, Status.FAIL);
        Status whenFound = fields.choice("whenFound", WHEN_FOUND, Status.PASS);
        CheckType type = fields.requiredChoice("type", YamlFields.choices(CheckType::text, CheckType.values()));
        Comparison implied = type == CheckType.ORPHANS ? Comparison.THRESHOLD : type == CheckType.NOT_NULL ? Comparison.EQUAL_KEYS
                : type == CheckType.MAPPING_COUNTS ? Comparison.EQUAL_COUNTS : null;
        Map<String, Comparison> comparisons = YamlFields.choices(Comparison::text, Comparison.values());
        Comparison compare = implied != null ? fields.choice("compare", comparisons, implied) : fields.requiredChoice("compare", comparisons);
        boolean compareValues = fields.flag("compareValues", false);
        long max = fields.parsed("max", "a whole number", Long::parseLong, 0L);
        Map<String, String> parameters = parameters(fields);
        String rule = fields.text("rule");
        String message = fields.text("message");
        if ((rule == null) != (message == null)) {
            fields.problem(fields.line(rule == null ? "message" : "rule"), "a census rule check needs both rule: and message:");
        }
        List<String> personal = fields.names("personal");
        List<String> describe = fields.names("describe");
        String legacy = sqlFile(fields, "legacy", directory);
        String target = sqlFile(fields, "target", directory);
        if (type != null) {
            for (String name : REQUIRED_PARAMETERS.get(type)) {
                if (!parameters.containsKey(name)) {
                    fields.problem(fields.line("parameters"), "type " + type.text() + " needs parameter '" + name + "'");
                }
            }
            if (type == CheckType.CUSTOM && target == null) {
                fields.problem(fields.line(), "a custom check needs a target query (target: sql/....sql)");
            }
            if (type == CheckType.NOT_NULL && legacy == null) {
                fields.problem(fields.line(), "a not_null check needs a legacy query: the legacy rows whose field must arrive NULL");
            }
            if (type == CheckType.NOT_NULL && target == null
                    && !(parameters.containsKey("key") && parameters.containsKey("personColumn"))) {
                fields.problem(fields.line("parameters"), "a not_null check without a target query needs parameters 'key' and 'personColumn'");
            }
        }
        if (compare != null && compare != Comparison.THRESHOLD && type == CheckType.CUSTOM && legacy == null) {
            fields.problem(fields.line(), "compare " + compare.text() + " needs a legacy query");
        }
        String headline = fields.text("headline");
        if (headline != null && !ReportSections.HEADLINE_SECTIONS.containsKey(headline)) {
            fields.problem(fields.line("headline"), "headline must be one of the report's sections "
                    + String.join(", ", ReportSections.HEADLINE_SECTIONS.keySet()) + ", got: " + headline);
        } else if (headline != null && checks.stream().anyMatch(c -> headline.equals(c.headline()))) {
            fields.problem(fields.line("headline"), "headline " + headline + " is already fed by check "
                    + checks.stream().filter(c -> headline.equals(c.headline())).findFirst().orElseThrow().id());
        }
        if (problems.size() == before) {
            checks.add(new CheckDefinition(id, title, owner, onMismatch, whenFound, type, compare, legacy, target,
                    parameters, compareValues, max, file, meaning, action, headline, rule, message, personal, describe));
        }
    }

    /** Required plain text for the owner: "missing 'meaning': say ...", or too long to read as what it is meant to be. */
    private static String guidance(YamlFields fields, String key, int max, String missing) {
        if (!fields.has(key)) {
            fields.problem(fields.line(), "missing '" + key + "': " + missing);
            return null;
        }
        String text = fields.text(key);
        if (text != null && text.length() > max) {
            fields.problem(fields.line(key), "'" + key + "' is " + text.length() + " characters; keep it to " + max + " (" + missing + ")");
        }
        return text;
    }

    /** The path of a .sql file beside the check, which must exist. */
    private static String sqlFile(YamlFields fields, String key, Path directory) {
        String text = fields.text(key);
        if (text == null) {
            return null;
        }
        if (!text.endsWith(".sql")) {
            fields.problem(fields.line(key), "'" + key + "' must name a .sql file, found '" + text + "'");
        } else if (!Files.isRegularFile(directory.resolve(text))) {
            fields.problem(fields.line(key), "'" + key + "': file " + directory.resolve(text) + " does not exist");
        }
        return text;
    }

    /** Plain names only: each goes into SQL as it is. */
    private static Map<String, String> parameters(YamlFields fields) {
        YamlFields params = fields.mapping("parameters");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (params == null) {
            return parameters;
        }
        params.rawValues().forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                params.problem(params.line(name), "parameter '" + name + "' must be a single value");
                return;
            }
            if (!value.matches("[A-Za-z0-9_.]+")) {
                params.problem(params.line(name), "parameter '" + name
                        + "' must be a plain name (letters, digits, _ and .), as it goes into SQL");
            }
            parameters.put(name, value);
        });
        return parameters;
    }

    private static String word(Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
