package org.switchover.codemap;

import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlTreeReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks one code map file. Every problem is reported with its line; a file with any
 * problem gives no map. Legacy values may appear in only one rule (after trimming and case folding),
 * so the order of rules never decides a result.
 */
final class CodeMapFileReader {
    private static final String EXTENSION = ".yml";
    private static final List<String> SECTIONS = List.of("code_map", "doc", "target_codes", "rules");
    private static final Set<String> RULE_KEYS = Set.of("from", "to");

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
        return YamlTreeReader.read(file, problems).flatMap(reader::toCodeMap);
    }

    private Optional<CodeMap> toCodeMap(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping sections)) {
            problem(root.line(), "expected the sections " + SECTIONS + ", found " + YamlNode.kind(root));
            return Optional.empty();
        }
        for (YamlNode.Entry entry : sections.entries()) {
            if (!SECTIONS.contains(entry.key())) {
                problem(entry.line(), "unknown key '" + entry.key() + "' (expected one of: "
                        + String.join(", ", SECTIONS) + ")");
            }
        }
        String name = text(sections, "code_map");
        String doc = text(sections, "doc");
        List<String> targetCodes = targetCodes(sections);
        if (name != null && !name.equals(expectedName())) {
            problem(sections.entry("code_map").orElseThrow().value().line(),
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

    /** A required single-value section; null (with a problem) when missing or not a value. */
    private String text(YamlNode.Mapping sections, String key) {
        Optional<YamlNode> node = section(sections, key);
        return node.isEmpty() ? null : scalar(node.get(), "'" + key + "'");
    }

    private Optional<YamlNode> section(YamlNode.Mapping sections, String key) {
        Optional<YamlNode.Entry> entry = sections.entry(key);
        if (entry.isEmpty()) {
            problem(sections.line(), "missing section '" + key + "'");
        }
        return entry.map(YamlNode.Entry::value);
    }

    private String scalar(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Scalar value)) {
            problem(node.line(), what + " must be a single value, found " + YamlNode.kind(node));
            return null;
        }
        if (value.isEmpty()) {
            problem(node.line(), what + " is empty");
            return null;
        }
        return value.text().strip();
    }

    private List<String> targetCodes(YamlNode.Mapping sections) {
        List<String> codes = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (YamlNode item : list(section(sections, "target_codes"), "'target_codes'")) {
            String code = scalar(item, "a target code");
            if (code == null) {
                continue;
            }
            Integer earlier = lines.putIfAbsent(code, item.line());
            if (earlier != null) {
                problem(item.line(), "duplicate target code '" + code + "' (also on line " + earlier + ")");
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private Map<String, String> rules(YamlNode.Mapping sections, List<String> targetCodes) {
        Map<String, String> codeByValue = new LinkedHashMap<>();
        Map<String, Integer> lineByKey = new HashMap<>();
        for (YamlNode node : list(section(sections, "rules"), "'rules'")) {
            if (!(node instanceof YamlNode.Mapping rule)) {
                problem(node.line(), "a rule must be a mapping { from: [...], to: CODE }, found " + YamlNode.kind(node));
                continue;
            }
            for (YamlNode.Entry entry : rule.entries()) {
                if (!RULE_KEYS.contains(entry.key())) {
                    problem(entry.line(), "unknown key '" + entry.key() + "' in a rule (expected from, to)");
                }
            }
            String code = ruleTarget(rule, targetCodes);
            for (YamlNode item : ruleSources(rule)) {
                String value = scalar(item, "a 'from' value");
                if (value == null) {
                    continue;
                }
                Integer earlier = lineByKey.putIfAbsent(CodeMap.normalise(value), item.line());
                if (earlier != null) {
                    problem(item.line(), "duplicate code '" + value + "' (also on line " + earlier + ")");
                } else if (code != null) {
                    codeByValue.put(value, code);
                }
            }
        }
        return codeByValue;
    }

    private String ruleTarget(YamlNode.Mapping rule, List<String> targetCodes) {
        Optional<YamlNode.Entry> to = rule.entry("to");
        if (to.isEmpty()) {
            problem(rule.line(), "rule has no 'to'");
            return null;
        }
        String code = scalar(to.get().value(), "'to'");
        if (code != null && !targetCodes.contains(code)) {
            problem(to.get().value().line(), "'to' code '" + code + "' is not in target_codes");
            return null;
        }
        return code;
    }

    /** The rule's legacy values; a single value is accepted in place of a one-item list. */
    private List<YamlNode> ruleSources(YamlNode.Mapping rule) {
        Optional<YamlNode.Entry> from = rule.entry("from");
        if (from.isEmpty()) {
            problem(rule.line(), "rule has no 'from'");
            return List.of();
        }
        YamlNode value = from.get().value();
        if (value instanceof YamlNode.Sequence items) {
            if (items.items().isEmpty()) {
                problem(value.line(), "'from' is an empty list");
            }
            return items.items();
        }
        return List.of(value);
    }

    private List<YamlNode> list(Optional<YamlNode> node, String what) {
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            problem(node.get().line(), what + " must be a list, found " + YamlNode.kind(node.get()));
            return List.of();
        }
        if (sequence.items().isEmpty()) {
            problem(sequence.line(), what + " is an empty list");
        }
        return sequence.items();
    }

    private void problem(int line, String message) {
        problems.add(new ConfigProblem(file, line, message));
    }
}
