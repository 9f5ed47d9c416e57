package org.switchover.codemap;

import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlFields;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks one code map file. Every problem is reported with its line; a file with any
 * problem gives no map. Legacy values may appear in only one rule (after trimming and case folding),
 * so the order of rules never decides a result.
 */
final class CodeMapFileReader {
    private static final String EXTENSION = ".yml";
    private static final List<String> SECTIONS = List.of("code_map", "doc", "target_codes", "rules");
    private static final List<String> RULE_KEYS = List.of("from", "to");

    private final Path file;
    private final List<ConfigProblem> problems;
    private final int problemsBefore;

    private CodeMapFileReader(Path file, List<ConfigProblem> problems) {
        this.file = file;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    static boolean isCodeMapFile(Path path) {
        return path.getFileName().toString().endsWith(EXTENSION);
    }

    /** The map in the file, or empty when the file has problems (added to {@code problems}). */
    static Optional<CodeMap> read(Path file, List<ConfigProblem> problems) {
        CodeMapFileReader reader = new CodeMapFileReader(file, problems);
        return YamlFields.read(file, problems, "the sections " + SECTIONS).flatMap(reader::toCodeMap);
    }

    private Optional<CodeMap> toCodeMap(YamlFields root) {
        YamlFields sections = root.sections();
        sections.allowOnly(SECTIONS);
        String name = sections.required("code_map");
        String doc = sections.required("doc");
        List<String> targetCodes = targetCodes(sections);
        if (name != null && !name.equals(expectedName())) {
            sections.problem(sections.value("code_map").orElseThrow().line(),
                    "code_map '" + name + "' does not match the file name (expected '" + expectedName() + "')");
        }
        Map<String, String> codeByValue = rules(sections, targetCodes);
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new CodeMap(name, doc, targetCodes, codeByValue));
    }

    private String expectedName() {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }

    private List<String> targetCodes(YamlFields sections) {
        List<String> codes = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (YamlNode item : nonEmptyList(sections, "target_codes")) {
            String code = sections.text(item, "a target code");
            if (code == null) {
                continue;
            }
            Integer earlier = lines.putIfAbsent(code, item.line());
            if (earlier != null) {
                sections.problem(item.line(), "duplicate target code '" + code + "' (also on line " + earlier + ")");
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private Map<String, String> rules(YamlFields sections, List<String> targetCodes) {
        Map<String, String> codeByValue = new LinkedHashMap<>();
        Map<String, Integer> lineByKey = new HashMap<>();
        for (YamlNode node : nonEmptyList(sections, "rules")) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                sections.problem(node.line(), "a rule must be a mapping { from: [...], to: CODE }, found " + YamlNode.kind(node));
                continue;
            }
            YamlFields rule = new YamlFields(file, mapping, problems).missingAs(key -> "rule has no '" + key + "'");
            rule.allowOnly(RULE_KEYS, key -> "unknown key '" + key + "' in a rule (expected from, to)");
            String code = ruleTarget(rule, targetCodes);
            for (YamlNode item : ruleSources(rule)) {
                String value = rule.text(item, "a 'from' value");
                if (value == null) {
                    continue;
                }
                Integer earlier = lineByKey.putIfAbsent(CodeMap.normalise(value), item.line());
                if (earlier != null) {
                    rule.problem(item.line(), "duplicate code '" + value + "' (also on line " + earlier + ")");
                } else if (code != null) {
                    codeByValue.put(value, code);
                }
            }
        }
        return codeByValue;
    }

    private static String ruleTarget(YamlFields rule, List<String> targetCodes) {
        String code = rule.required("to");
        if (code != null && !targetCodes.contains(code)) {
            rule.problem(rule.value("to").orElseThrow().line(), "'to' code '" + code + "' is not in target_codes");
            return null;
        }
        return code;
    }

    /** The rule's legacy values; a single value is accepted in place of a one-item list. */
    private static List<YamlNode> ruleSources(YamlFields rule) {
        if (!rule.has("from")) {
            rule.required("from");
            return List.of();
        }
        YamlNode value = rule.value("from").orElseThrow();
        if (value instanceof YamlNode.Sequence items) {
            if (items.items().isEmpty()) {
                rule.problem(value.line(), "'from' is an empty list");
            }
            return items.items();
        }
        return List.of(value);
    }

    /** A required section holding a list with at least one item. */
    private static List<YamlNode> nonEmptyList(YamlFields sections, String key) {
        if (!sections.has(key)) {
            sections.required(key);
            return List.of();
        }
        List<YamlNode> items = sections.list(key);
        if (items.isEmpty()) {
            sections.problem(sections.value(key).orElseThrow().line(), "'" + key + "' is an empty list");
        }
        return items;
    }
}
