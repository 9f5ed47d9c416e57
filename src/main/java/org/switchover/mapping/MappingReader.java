package org.switchover.mapping;

import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;
import org.switchover.config.YamlFields;
import org.switchover.mapping.MappingFile.ColumnSpec;
import org.switchover.mapping.MappingFile.Counts;
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

/**
 * Reads one mapping file into a {@link MappingFile}. It checks shape only (sections, keys, kinds
 * of values); whether names exist is the {@link MappingValidator}'s job. Every problem is
 * collected with its line, so one run reports them all.
 */
final class MappingReader {
    static final List<String> SECTIONS = List.of("target", "doc", "role", "source", "explode", "exclude", "reject",
            "columns", "unmapped", "counts", "fixtures");
    /** The one role a mapping can declare: the person every {@code ref: person} resolves to. */
    private static final String PERSON_ROLE = "person";
    private static final List<String> SOURCE_KEYS = List.of("table", "key", "merged_into", "reference");
    private static final List<String> COUNTS_KEYS = List.of("owner", "severity", "whenFound");
    /** {@code counts: off}: the mapping implies no counts check. */
    private static final String COUNTS_OFF = "off";
    private static final List<String> RULE_TARGET_KEYS = List.of("column", "ref", "value");
    private static final List<String> COLUMN_KEYS = List.of("from", "value", "transform", "codes", "ref", "fetch",
            "missing", "reason", "lookup");
    private static final List<String> FIXTURE_KEYS = List.of("name", "given", "refs", "expect", "expect_excluded",
            "expect_rejected", "expect_lossy");
    private static final Map<String, Missing> MISSING = YamlFields.choices(
            missing -> missing.name().toLowerCase(java.util.Locale.ROOT), Missing.values());

    private final Path file;

    private MappingReader(Path file) {
        this.file = file;
    }

    static Optional<MappingFile> read(Path file, List<ConfigProblem> problems) {
        return YamlFields.read(file, problems, "a mapping with sections " + String.join(", ", SECTIONS))
                .flatMap(root -> new MappingReader(file).mapping(root.sections()));
    }

    private Optional<MappingFile> mapping(YamlFields top) {
        top.allowOnly(SECTIONS, "section");
        String target = top.required("target");
        String doc = top.text("doc");
        boolean person = Boolean.TRUE.equals(top.choice("role", Map.of(PERSON_ROLE, Boolean.TRUE), null));
        YamlFields source = top.requiredMapping("source");
        if (source != null) {
            source.about("source").allowOnly(SOURCE_KEYS);
        }
        String sourceTable = source == null ? null : source.required("table");
        String sourceKey = source == null ? null : source.required("key");
        String mergedInto = source == null ? null : source.text("merged_into");
        String reference = source == null ? null : source.text("reference");
        Explode explode = explode(top);
        List<RowRule> excludes = rules(top, "exclude", "rule");
        List<RowRule> rejects = rules(top, "reject", "reason");
        Map<String, ColumnSpec> columns = columns(top);
        List<String> unmapped = top.names("unmapped");
        Counts counts = counts(top);
        List<Fixture> fixtures = fixtures(top);
        if (target == null || sourceTable == null || sourceKey == null) {
            return Optional.empty();
        }
        return Optional.of(new MappingFile(file, target, doc, person ? top.line("role") : 0, sourceTable, sourceKey,
                mergedInto, source.line(), explode, excludes, rejects, columns, unmapped,
                top.has("unmapped") ? top.line("unmapped") : 0, counts, fixtures, reference));
    }

    /** The counts check's overrides; null for {@code counts: off}; no section keeps every default. */
    private static Counts counts(YamlFields top) {
        YamlNode node = top.value("counts").orElse(null);
        if (node == null) {
            return new Counts(null, null, null, 0);
        }
        if (node instanceof YamlNode.Scalar) {
            String text = top.text("counts");
            if (text != null && !COUNTS_OFF.equals(text)) {
                top.problem(node.line(), "counts: expected '" + COUNTS_OFF + "' or { owner: ..., severity: ..., whenFound: ... }, found '" + text + "'");
            }
            return null;
        }
        YamlFields counts = top.mapping("counts");
        if (counts == null) {
            return null;
        }
        counts = counts.about("counts");
        counts.allowOnly(COUNTS_KEYS);
        return new Counts(counts.text("owner"), counts.choice("severity", words("fail", "warn"), null),
                counts.choice("whenFound", words("pass", "warn"), null), top.line("counts"));
    }

    /** Choices that are their own words, in this order. */
    private static Map<String, String> words(String... words) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String word : words) {
            choices.put(word, word);
        }
        return choices;
    }

    private static Explode explode(YamlFields top) {
        YamlFields node = top.mapping("explode");
        if (node == null) {
            return null;
        }
        return new Explode(node.required("from"), node.text("codes"), node.required("as"), node.line());
    }

    private static List<RowRule> rules(YamlFields top, String section, String nameKey) {
        List<RowRule> rules = new ArrayList<>();
        for (YamlNode item : top.list(section)) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                top.problem(item.line(), section + ": expected '- { " + nameKey + ": NAME, when: { PREDICATE: COLUMN } }'");
                continue;
            }
            YamlFields rule = top.mapping(item, section);
            String name = rule.required(nameKey);
            YamlFields when = rule.requiredMapping("when");
            if (name == null || when == null) {
                continue;
            }
            if (when.entries().size() != 1) {
                when.problem(when.line(), section + " '" + name + "': 'when' takes exactly one PREDICATE: COLUMN"
                        + " or PREDICATE: { column: COLUMN, ref: REFERENCE }");
                continue;
            }
            String predicate = when.entries().get(0).key();
            String column;
            String ref = null;
            String value = null;
            if (when.entries().get(0).value() instanceof YamlNode.Scalar) {
                column = when.text(predicate);
            } else {
                // a predicate that looks the value up says where: { column: ref_id, ref: ssd_cin_episodes }
                YamlFields target = when.mapping(predicate);
                if (target == null) {
                    continue;
                }
                target = target.about(section + " '" + name + "'");
                target.allowOnly(RULE_TARGET_KEYS);
                column = target.required("column");
                // a lookup names its reference (ref:), a comparison its constant (value:)
                ref = target.text("ref");
                value = target.text("value");
                if (ref == null && value == null) {
                    target.problem(target.line(), section + " '" + name + "': give ref: REFERENCE or value: VALUE");
                    continue;
                }
            }
            if (column != null) {
                rules.add(new RowRule(name, predicate, column, ref, value, rule.line()));
            }
        }
        return rules;
    }

    private static Map<String, ColumnSpec> columns(YamlFields top) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        YamlFields node = top.requiredMapping("columns");
        if (node == null) {
            return columns;
        }
        for (YamlNode.Entry entry : node.entries()) {
            ColumnSpec spec = column(node.about("column '" + entry.key() + "'"), entry);
            if (spec != null) {
                columns.put(entry.key(), spec);
            }
        }
        return columns;
    }

    private static ColumnSpec column(YamlFields columns, YamlNode.Entry entry) {
        String target = entry.key();
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            if (scalar.isEmpty()) {
                columns.problem(entry.line(), "expected a source column or { from: ..., transform: ... }");
                return null;
            }
            return new ColumnSpec(target, List.of(scalar.text().strip()), null, null, null, null, null, null, null, entry.line(), null);
        }
        if (!(entry.value() instanceof YamlNode.Mapping)) {
            columns.problem(entry.line(), "expected a source column or a mapping, found " + YamlNode.kind(entry.value()));
            return null;
        }
        YamlFields spec = columns.mapping(entry.key());
        spec.allowOnly(COLUMN_KEYS);
        String constant = spec.raw("value");
        List<String> from = spec.names("from");
        if (constant == null && from.isEmpty()) {
            spec.problem(entry.line(), "needs 'from' (source columns) or 'value' (a constant)");
            return null;
        }
        String ref = spec.text("ref");
        Missing missing = spec.choice("missing", MISSING, ref == null ? null : Missing.REJECT);
        String reason = spec.text("reason");
        if (missing == Missing.REJECT && reason == null && ref != null) {
            spec.problem(entry.line(), "a reference that rejects needs a 'reason'");
        }
        return new ColumnSpec(target, from, spec.text("transform"), spec.text("codes"), ref, spec.text("fetch"), missing,
                reason, constant, entry.line(), lookup(spec));
    }

    /** {@code lookup: { table: T, key: K, value: V }}, or null. */
    private static MappingFile.LegacyLookup lookup(YamlFields spec) {
        if (!spec.has("lookup")) {
            return null;
        }
        YamlFields lookup = spec.mapping("lookup");
        if (lookup == null) {
            return null;
        }
        lookup = lookup.about("lookup");
        lookup.allowOnly(List.of("table", "key", "value"));
        String table = lookup.required("table");
        String key = lookup.required("key");
        String value = lookup.required("value");
        return table == null || key == null || value == null ? null : new MappingFile.LegacyLookup(table, key, value);
    }

    private List<Fixture> fixtures(YamlFields top) {
        List<Fixture> fixtures = new ArrayList<>();
        for (YamlNode item : top.list("fixtures")) {
            if (!(item instanceof YamlNode.Mapping)) {
                top.problem(item.line(), "fixtures: expected '- { given: {...}, expect: {...} }'");
                continue;
            }
            YamlFields fixture = top.mapping(item, "a fixture").about("fixture");
            fixture.allowOnly(FIXTURE_KEYS);
            YamlFields given = fixture.requiredMapping("given");
            Map<String, Map<String, String>> refs = new LinkedHashMap<>();
            YamlFields refsNode = fixture.mapping("refs");
            if (refsNode != null) {
                for (YamlNode.Entry ref : refsNode.entries()) {
                    refs.put(ref.key(), ref.value() instanceof YamlNode.Mapping
                            ? refsNode.mapping(ref.key()).rawValues() : keysAsMap(refsNode.names(ref.value(), ref.key())));
                }
            }
            YamlFields expect = fixture.mapping("expect");
            fixtures.add(new Fixture(fixture.raw("name"), given == null ? Map.of() : given.rawValues(), refs,
                    expect == null ? Map.of() : expect.rawValues(), fixture.text("expect_excluded"),
                    fixture.text("expect_rejected"), fixture.names("expect_lossy"), fixture.line()));
        }
        return fixtures;
    }

    private static Map<String, String> keysAsMap(List<String> keys) {
        Map<String, String> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, key));
        return map;
    }
}
