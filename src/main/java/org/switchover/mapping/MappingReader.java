package org.switchover.mapping;

import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlTreeReader;
import org.switchover.mapping.MappingFile.ColumnSpec;
import org.switchover.mapping.MappingFile.Explode;
import org.switchover.mapping.MappingFile.Fixture;
import org.switchover.mapping.MappingFile.Missing;
import org.switchover.mapping.MappingFile.RowRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one mapping file into a {@link MappingFile}. It checks shape only (sections, keys, kinds
 * of values); whether names exist is the {@link MappingValidator}'s job. Every problem is
 * collected with its line, so one run reports them all.
 */
final class MappingReader {
    static final Set<String> SECTIONS = Set.of("target", "doc", "source", "explode", "exclude", "reject", "columns",
            "unmapped", "fixtures");
    private static final Set<String> COLUMN_KEYS = Set.of("from", "transform", "codes", "ref", "fetch", "missing",
            "reason", "value");
    private static final Set<String> FIXTURE_KEYS = Set.of("name", "given", "refs", "expect", "expect_excluded",
            "expect_rejected", "expect_lossy");

    private final Path file;
    private final List<ConfigProblem> problems;

    private MappingReader(Path file, List<ConfigProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static Optional<MappingFile> read(Path file, List<ConfigProblem> problems) {
        return YamlTreeReader.read(file, problems).flatMap(root -> new MappingReader(file, problems).mapping(root));
    }

    private Optional<MappingFile> mapping(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping top)) {
            problem(root.line(), "expected a mapping with sections " + String.join(", ", SECTIONS.stream().sorted().toList()));
            return Optional.empty();
        }
        for (YamlNode.Entry entry : top.entries()) {
            if (!SECTIONS.contains(entry.key())) {
                problem(entry.line(), "unknown section '" + entry.key() + "'; expected one of " + SECTIONS.stream().sorted().toList());
            }
        }
        String target = requiredScalar(top, "target");
        String doc = scalar(top, "doc");
        YamlNode.Mapping source = requiredMapping(top, "source");
        String sourceTable = source == null ? null : requiredScalar(source, "table");
        String sourceKey = source == null ? null : requiredScalar(source, "key");
        Explode explode = explode(top);
        List<RowRule> excludes = rules(top, "exclude", "rule");
        List<RowRule> rejects = rules(top, "reject", "reason");
        Map<String, ColumnSpec> columns = columns(top);
        YamlNode unmappedNode = top.entry("unmapped").map(YamlNode.Entry::value).orElse(null);
        List<String> unmapped = unmappedNode == null ? List.of() : scalars(unmappedNode, "unmapped");
        List<Fixture> fixtures = fixtures(top);
        if (target == null || sourceTable == null || sourceKey == null) {
            return Optional.empty();
        }
        return Optional.of(new MappingFile(file, target, doc, sourceTable, sourceKey, source.line(), explode, excludes,
                rejects, columns, unmapped, unmappedNode == null ? 0 : unmappedNode.line(), fixtures));
    }

    private Explode explode(YamlNode.Mapping top) {
        YamlNode.Mapping node = optionalMapping(top, "explode");
        if (node == null) {
            return null;
        }
        return new Explode(requiredScalar(node, "from"), scalar(node, "codes"), requiredScalar(node, "as"), node.line());
    }

    private List<RowRule> rules(YamlNode.Mapping top, String section, String nameKey) {
        List<RowRule> rules = new ArrayList<>();
        for (YamlNode item : list(top, section)) {
            if (!(item instanceof YamlNode.Mapping rule)) {
                problem(item.line(), section + ": expected '- { " + nameKey + ": NAME, when: { PREDICATE: COLUMN } }'");
                continue;
            }
            String name = requiredScalar(rule, nameKey);
            YamlNode.Mapping when = requiredMapping(rule, "when");
            if (name == null || when == null) {
                continue;
            }
            if (when.entries().size() != 1 || !(when.entries().get(0).value() instanceof YamlNode.Scalar column)) {
                problem(when.line(), section + " '" + name + "': 'when' takes exactly one PREDICATE: COLUMN");
                continue;
            }
            rules.add(new RowRule(name, when.entries().get(0).key(), column.text(), rule.line()));
        }
        return rules;
    }

    private Map<String, ColumnSpec> columns(YamlNode.Mapping top) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        YamlNode.Mapping node = requiredMapping(top, "columns");
        if (node == null) {
            return columns;
        }
        for (YamlNode.Entry entry : node.entries()) {
            ColumnSpec spec = column(entry);
            if (spec != null) {
                columns.put(entry.key(), spec);
            }
        }
        return columns;
    }

    private ColumnSpec column(YamlNode.Entry entry) {
        String target = entry.key();
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            if (scalar.isEmpty()) {
                problem(entry.line(), "column '" + target + "': expected a source column or { from: ..., transform: ... }");
                return null;
            }
            return new ColumnSpec(target, List.of(scalar.text()), null, null, null, null, null, null, null, entry.line());
        }
        if (!(entry.value() instanceof YamlNode.Mapping spec)) {
            problem(entry.line(), "column '" + target + "': expected a source column or a mapping, found " + YamlNode.kind(entry.value()));
            return null;
        }
        for (YamlNode.Entry key : spec.entries()) {
            if (!COLUMN_KEYS.contains(key.key())) {
                problem(key.line(), "column '" + target + "': unknown key '" + key.key() + "'; expected one of " + COLUMN_KEYS.stream().sorted().toList());
            }
        }
        String constant = scalar(spec, "value");
        List<String> from = spec.entry("from").map(e -> scalars(e.value(), "from")).orElse(List.of());
        if (constant == null && from.isEmpty()) {
            problem(entry.line(), "column '" + target + "': needs 'from' (source columns) or 'value' (a constant)");
            return null;
        }
        Missing missing = missing(spec, target);
        String reason = scalar(spec, "reason");
        if (missing == Missing.REJECT && reason == null && scalar(spec, "ref") != null) {
            problem(entry.line(), "column '" + target + "': a reference that rejects needs a 'reason'");
        }
        return new ColumnSpec(target, from, scalar(spec, "transform"), scalar(spec, "codes"), scalar(spec, "ref"),
                scalar(spec, "fetch"), missing, reason, constant, entry.line());
    }

    private Missing missing(YamlNode.Mapping spec, String target) {
        String text = scalar(spec, "missing");
        if (text == null) {
            return scalar(spec, "ref") == null ? null : Missing.REJECT;
        }
        try {
            return Missing.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            problem(spec.entry("missing").get().line(), "column '" + target + "': missing must be reject, lossy or null, not '" + text + "'");
            return Missing.REJECT;
        }
    }

    private List<Fixture> fixtures(YamlNode.Mapping top) {
        List<Fixture> fixtures = new ArrayList<>();
        for (YamlNode item : list(top, "fixtures")) {
            if (!(item instanceof YamlNode.Mapping fixture)) {
                problem(item.line(), "fixtures: expected '- { given: {...}, expect: {...} }'");
                continue;
            }
            for (YamlNode.Entry key : fixture.entries()) {
                if (!FIXTURE_KEYS.contains(key.key())) {
                    problem(key.line(), "fixture: unknown key '" + key.key() + "'; expected one of " + FIXTURE_KEYS.stream().sorted().toList());
                }
            }
            Map<String, String> given = textMap(requiredMapping(fixture, "given"));
            Map<String, Map<String, String>> refs = new LinkedHashMap<>();
            YamlNode.Mapping refsNode = optionalMapping(fixture, "refs");
            if (refsNode != null) {
                for (YamlNode.Entry ref : refsNode.entries()) {
                    refs.put(ref.key(), ref.value() instanceof YamlNode.Mapping m ? textMap(m) : keysAsMap(scalars(ref.value(), ref.key())));
                }
            }
            List<String> lossy = fixture.entry("expect_lossy").map(e -> scalars(e.value(), "expect_lossy")).orElse(List.of());
            fixtures.add(new Fixture(scalar(fixture, "name"), given, refs, textMap(optionalMapping(fixture, "expect")),
                    scalar(fixture, "expect_excluded"), scalar(fixture, "expect_rejected"), lossy, fixture.line()));
        }
        return fixtures;
    }

    private static Map<String, String> keysAsMap(List<String> keys) {
        Map<String, String> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, key));
        return map;
    }

    private Map<String, String> textMap(YamlNode.Mapping node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null) {
            return map;
        }
        for (YamlNode.Entry entry : node.entries()) {
            if (entry.value() instanceof YamlNode.Scalar scalar) {
                map.put(entry.key(), scalar.text());
            } else {
                problem(entry.line(), "'" + entry.key() + "': expected a single value");
            }
        }
        return map;
    }

    private List<YamlNode> list(YamlNode.Mapping top, String key) {
        Optional<YamlNode.Entry> entry = top.entry(key);
        if (entry.isEmpty() || entry.get().value() instanceof YamlNode.Scalar s && s.isEmpty()) {
            return List.of();
        }
        if (entry.get().value() instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        problem(entry.get().line(), "'" + key + "': expected a list, found " + YamlNode.kind(entry.get().value()));
        return List.of();
    }

    private List<String> scalars(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.isEmpty() ? List.of() : List.of(scalar.text());
        }
        List<String> values = new ArrayList<>();
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
                    values.add(scalar.text());
                } else {
                    problem(item.line(), "'" + what + "': expected a list of names");
                }
            }
            return values;
        }
        problem(node.line(), "'" + what + "': expected a name or a list of names, found " + YamlNode.kind(node));
        return values;
    }

    private String scalar(YamlNode.Mapping node, String key) {
        Optional<YamlNode.Entry> entry = node.entry(key);
        if (entry.isEmpty()) {
            return null;
        }
        if (entry.get().value() instanceof YamlNode.Scalar scalar) {
            return scalar.text();
        }
        problem(entry.get().line(), "'" + key + "': expected a single value, found " + YamlNode.kind(entry.get().value()));
        return null;
    }

    private String requiredScalar(YamlNode.Mapping node, String key) {
        String value = scalar(node, key);
        if (value == null && node.entry(key).isEmpty()) {
            problem(node.line(), "missing '" + key + "'");
        }
        return value;
    }

    private YamlNode.Mapping optionalMapping(YamlNode.Mapping node, String key) {
        Optional<YamlNode.Entry> entry = node.entry(key);
        if (entry.isEmpty()) {
            return null;
        }
        if (entry.get().value() instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        problem(entry.get().line(), "'" + key + "': expected a mapping, found " + YamlNode.kind(entry.get().value()));
        return null;
    }

    private YamlNode.Mapping requiredMapping(YamlNode.Mapping node, String key) {
        if (node.entry(key).isEmpty()) {
            problem(node.line(), "missing '" + key + "'");
            return null;
        }
        return optionalMapping(node, key);
    }

    private void problem(int line, String message) {
        problems.add(new ConfigProblem(file, line, message));
    }
}
