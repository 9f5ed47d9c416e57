package org.switchover.mapping;

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
 * Checks that every name in a mapping file exists: tables and columns in the legacy and target
 * catalogues, transforms, code maps, predicates, references; that every target column is either
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
        if (!legacy.hasTable(mapping.sourceTable())) {
            check.problem(mapping.sourceLine(), "source table '" + mapping.sourceTable() + "' is not in the legacy schema");
            return;
        }
        check.sourceColumn(mapping.sourceKey(), mapping.sourceLine(), "source key");
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
            if (!isItem && !legacy.columns(mapping.sourceTable()).contains(column)) {
                problem(line, what + ": column '" + column + "' is not in legacy table " + mapping.sourceTable());
            }
        }

        void codeMap(String name, int line) {
            if (name != null && codeMaps.find(name).isEmpty()) {
                problem(line, "unknown code map '" + name + "'; known: " + codeMaps.names());
            }
        }

        void rule(RowRule rule, String section) {
            if (!RowPredicates.exists(rule.predicate())) {
                problem(rule.line(), section + " '" + rule.name() + "': unknown predicate '" + rule.predicate()
                        + "'; known: " + RowPredicates.names().stream().sorted().toList());
            }
            sourceColumn(rule.column(), rule.line(), section + " '" + rule.name() + "'");
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
            if (column.ref() != null && !References.PERSON.equals(column.ref())) {
                if (!target.hasTable(column.ref())) {
                    problem(column.line(), "column '" + column.target() + "': ref '" + column.ref() + "' is neither 'person' nor a target table");
                } else if (column.fetch() != null && !target.columns(column.ref()).contains(column.fetch())) {
                    problem(column.line(), "column '" + column.target() + "': fetch '" + column.fetch() + "' is not a column of " + column.ref());
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
