package org.switchover.mapping;

import org.switchover.project.TableCatalog;
import org.switchover.codemap.CodeMaps;
import org.switchover.config.ConfigProblem;
import org.switchover.mapping.MappingFile.ColumnSpec;
import org.switchover.mapping.MappingFile.Fixture;
import org.switchover.mapping.MappingFile.RowRule;
import org.switchover.transform.JsonObjectTransform;
import org.switchover.transform.TransformRegistry;
import org.switchover.transform.ValueTransform;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every name in a mapping file exists: tables and columns in the legacy catalogue (when the project declares
 * one; else the preflight checks the live schema) and the target catalogue, transforms, code maps, predicates, references; that every target column is either
 * mapped or declared unmapped; and that fixtures only use real columns, rules and reasons.
 */
final class MappingValidator {
    private final TableCatalog legacy;
    private final TableCatalog target;
    private final TransformRegistry transforms;
    private final CodeMaps codeMaps;

    MappingValidator(TableCatalog legacy, TableCatalog target, TransformRegistry transforms, CodeMaps codeMaps) {
        this.legacy = legacy;
        this.target = target;
        this.transforms = transforms;
        this.codeMaps = codeMaps;
    }

    void validate(MappingFile mapping, List<ConfigProblem> problems) {
        Checker check = new Checker(mapping, problems);
        if (!target.hasTable(mapping.target())) {
            check.problem(1, "target table '" + mapping.target() + "' is not in the target schema (csc)");
        }
        if (legacy != null && !legacy.hasTable(mapping.sourceTable())) {
            check.problem(mapping.sourceLine(), "source table '" + mapping.sourceTable() + "' is not in the legacy schema");
            return;
        }
        check.sourceColumn(mapping.sourceKey(), mapping.sourceLine(), "source key");
        if (mapping.reference() != null) {
            check.sourceColumn(mapping.reference(), mapping.sourceLine(), "source reference");
        }
        if (mapping.mergedInto() != null) {
            check.sourceColumn(mapping.mergedInto(), mapping.sourceLine(), "source merged_into");
        }
        if (mapping.explode() != null) {
            check.sourceColumn(mapping.explode().from(), mapping.explode().line(), "explode");
            check.codeMap(mapping.explode().codes(), mapping.explode().line());
        }
        for (RowRule rule : mapping.excludes()) {
            check.rule(rule, "exclude");
        }
        for (RowRule rule : mapping.rejects()) {
            check.rule(rule, "reject");
        }
        for (ColumnSpec column : mapping.columns().values()) {
            check.column(column);
        }
        check.coverage();
        for (Fixture fixture : mapping.fixtures()) {
            check.fixture(fixture);
        }
    }

    /**
     * Across the files: at most one declares {@code role: person}; a file that uses the person ({@code ref: person},
     * or a predicate on persons or their merge chains) needs that declaration; {@code merged_into} belongs to the
     * person's source; and the person's target key is taken from its source key, as persons are found by it.
     */
    void validatePerson(List<MappingFile> files, List<ConfigProblem> problems) {
        MappingFile person = null;
        for (MappingFile file : files) {
            if (file.isPerson() && person != null) {
                problems.add(new ConfigProblem(file.file(), file.personLine(), "role: person is already declared by "
                        + person.file() + ":" + person.personLine() + "; only one mapping can be the person"));
            } else if (file.isPerson()) {
                person = file;
            } else if (file.mergedInto() != null) {
                problems.add(new ConfigProblem(file.file(), file.sourceLine(),
                        "source: merged_into belongs to the mapping with 'role: person', and this mapping is not it"));
            }
        }
        if (person == null) {
            for (MappingFile file : files) {
                int line = firstPersonUse(file);
                if (line > 0) {
                    problems.add(new ConfigProblem(file.file(), line, "uses the person (ref: person or a predicate on persons),"
                            + " but no mapping declares 'role: person'"));
                }
            }
        } else if (target.hasTable(person.target())) {
            String key = target.keyColumn(person.target());
            ColumnSpec keyColumn = person.columns().get(key);
            if (keyColumn == null || !keyColumn.from().equals(List.of(person.sourceKey()))) {
                problems.add(new ConfigProblem(person.file(), person.personLine(), "role: person: the target key " + key
                        + " must be taken from the source key " + person.sourceKey() + " (a person is found by its legacy key)"));
            }
        }
    }

    /** The line of the file's first use of the person, or 0 when it uses none. */
    private static int firstPersonUse(MappingFile file) {
        List<RowRule> rules = new java.util.ArrayList<>(file.excludes());
        rules.addAll(file.rejects());
        for (RowRule rule : rules) {
            if (RowPredicates.exists(rule.predicate()) && (RowPredicates.uses(rule.predicate()) == RowPredicates.Uses.MERGE_CHAINS
                    || References.PERSON.equals(RowPredicates.reference(rule)))) {
                return rule.line();
            }
        }
        return file.columns().values().stream().filter(column -> References.PERSON.equals(column.ref()))
                .mapToInt(ColumnSpec::line).findFirst().orElse(0);
    }

    /** The checks of one file, with the file at hand for messages. */
    private final class Checker {
        private final MappingFile mapping;
        private final List<ConfigProblem> problems;

        Checker(MappingFile mapping, List<ConfigProblem> problems) {
            this.mapping = mapping;
            this.problems = problems;
        }

        void problem(int line, String message) {
            problems.add(new ConfigProblem(mapping.file(), line, message));
        }

        void sourceColumn(String column, int line, String what) {
            boolean isItem = mapping.explode() != null && column.equals(mapping.explode().as());
            if (!isItem && legacy != null && !legacy.columns(mapping.sourceTable()).contains(column)) {
                problem(line, what + ": column '" + column + "' is not in legacy table " + mapping.sourceTable());
            }
        }

        void codeMap(String name, int line) {
            if (name != null && codeMaps.find(name).isEmpty()) {
                problem(line, "unknown code map '" + name + "'; known: " + codeMaps.names());
            }
        }

        void rule(RowRule rule, String section) {
            String what = section + " '" + rule.name() + "'";
            if (!RowPredicates.exists(rule.predicate())) {
                problem(rule.line(), what + ": unknown predicate '" + rule.predicate()
                        + "'; known: " + RowPredicates.names().stream().sorted().toList());
            } else if (RowPredicates.uses(rule.predicate()) == RowPredicates.Uses.RULE_REFERENCE && rule.ref() == null) {
                problem(rule.line(), what + ": predicate '" + rule.predicate() + "' needs { column: COLUMN, ref: REFERENCE }");
            } else if (RowPredicates.uses(rule.predicate()) != RowPredicates.Uses.RULE_REFERENCE && rule.ref() != null) {
                problem(rule.line(), what + ": predicate '" + rule.predicate() + "' takes a column, not a ref");
            } else if (RowPredicates.uses(rule.predicate()) == RowPredicates.Uses.RULE_VALUE && rule.value() == null) {
                problem(rule.line(), what + ": predicate '" + rule.predicate() + "' needs { column: COLUMN, value: VALUE }");
            } else if (RowPredicates.uses(rule.predicate()) != RowPredicates.Uses.RULE_VALUE && rule.value() != null) {
                problem(rule.line(), what + ": predicate '" + rule.predicate() + "' takes no value");
            }
            sourceColumn(rule.column(), rule.line(), what);
            reference(rule.ref(), null, rule.line(), what);
        }

        /** A reference is 'person' or a target table; a fetched column must be one of its columns. */
        void reference(String ref, String fetch, int line, String what) {
            if (ref == null || References.PERSON.equals(ref)) {
                return;
            }
            if (!target.hasTable(ref)) {
                problem(line, what + ": ref '" + ref + "' is neither 'person' nor a target table");
            } else if (fetch != null && !target.columns(ref).contains(fetch)) {
                problem(line, what + ": fetch '" + fetch + "' is not a column of " + ref);
            }
        }

        void column(ColumnSpec column) {
            if (!target.columns(mapping.target()).contains(column.target())) {
                problem(column.line(), "column '" + column.target() + "' is not in target table " + mapping.target());
            }
            column.from().forEach(source -> sourceColumn(source, column.line(), "column '" + column.target() + "'"));
            if (column.transform() != null && !JsonObjectTransform.NAME.equals(column.transform())) {
                Optional<ValueTransform> transform = transforms.find(column.transform());
                if (transform.isEmpty()) {
                    problem(column.line(), "column '" + column.target() + "': unknown transform '" + column.transform()
                            + "'; known: " + transforms.names());
                } else if (transform.get().arity() >= 0 && transform.get().arity() != column.from().size()) {
                    problem(column.line(), "column '" + column.target() + "': transform '" + column.transform() + "' takes "
                            + transform.get().arity() + " column(s), 'from' gives " + column.from().size());
                }
            }
            codeMap(column.codes(), column.line());
            reference(column.ref(), column.fetch(), column.line(), "column '" + column.target() + "'");
            MappingFile.LegacyLookup lookup = column.lookup();
            if (lookup != null && legacy != null && !legacy.hasTable(lookup.table())) {
                problem(column.line(), "column '" + column.target() + "': lookup table '" + lookup.table() + "' is not a legacy table");
            } else if (lookup != null && legacy != null) {
                for (String name : List.of(lookup.key(), lookup.value())) {
                    if (!legacy.columns(lookup.table()).contains(name.toLowerCase())) {
                        problem(column.line(), "column '" + column.target() + "': lookup column '" + name + "' is not in legacy table "
                                + lookup.table());
                    }
                }
            }
        }

        void coverage() {
            Set<String> unmapped = new HashSet<>(mapping.unmapped());
            for (String column : mapping.unmapped()) {
                if (!target.columns(mapping.target()).contains(column)) {
                    problem(mapping.unmappedLine(), "unmapped: '" + column + "' is not in target table " + mapping.target());
                }
                if (mapping.columns().containsKey(column)) {
                    problem(mapping.unmappedLine(), "unmapped: '" + column + "' is also mapped under columns");
                }
            }
            for (String column : target.columns(mapping.target())) {
                if (!mapping.columns().containsKey(column) && !unmapped.contains(column)) {
                    problem(1, "target column '" + column + "' of " + mapping.target()
                            + " is neither mapped under columns nor listed under unmapped");
                }
            }
        }

        void fixture(Fixture fixture) {
            for (String column : fixture.given().keySet()) {
                sourceColumn(column, fixture.line(), "fixture given");
            }
            for (String column : fixture.expect().keySet()) {
                if (!mapping.columns().containsKey(column)) {
                    problem(fixture.line(), "fixture expect: '" + column + "' is not a mapped column");
                }
            }
            if (fixture.expectExcluded() != null && mapping.excludes().stream().noneMatch(r -> r.name().equals(fixture.expectExcluded()))
                    && !CompiledMapping.DUPLICATE_CODE.equals(fixture.expectExcluded())) {
                problem(fixture.line(), "fixture expect_excluded: no exclusion rule named '" + fixture.expectExcluded() + "'");
            }
            if (fixture.expectRejected() != null && !knownReasons().contains(fixture.expectRejected())) {
                problem(fixture.line(), "fixture expect_rejected: no reject reason '" + fixture.expectRejected() + "' in this mapping");
            }
        }

        private Set<String> knownReasons() {
            Set<String> reasons = new HashSet<>();
            mapping.rejects().forEach(rule -> reasons.add(rule.name()));
            mapping.columns().values().stream().filter(c -> c.reason() != null).forEach(c -> reasons.add(c.reason()));
            reasons.add(CompiledMapping.UNMAPPED_CODE);
            return reasons;
        }
    }
}
