package org.switchover.operation;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.config.SwitchoverSettings;
import org.switchover.mapping.FixtureRunner;
import org.switchover.mapping.MappingSet;
import org.switchover.preflight.Preflight;
import org.switchover.preflight.PreflightException;
import org.switchover.project.Project;
import org.switchover.reconcile.Reconciliation;
import org.switchover.schema.TargetSchema;
import org.switchover.schema.TargetSchemaException;
import org.switchover.transform.TransformSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * `validate`: checks a project completely before any run. Every mapping and code-map file against the project's
 * declared catalogs, its reconciliation checks, its target-schema/ migrations; with a legacy URL the live legacy
 * schema against what the mappings read, with a target URL the applied Flyway migrations. When all is sound it runs
 * the mappings' given/expect fixtures.
 */
public record ValidateOperation(SwitchoverSettings settings) {
    public ValidationResult run() {
        TransformSettings transforms = new TransformSettings(settings.asOf());
        List<ConfigProblem> problems = new ArrayList<>();
        Project project = Project.holding(settings.mappings(), settings.project());
        if (Project.sqlFiles(project.targetSchema()).isEmpty()) {
            // named first: without them the target catalog is empty and every mapping seems wrong
            problems.add(ConfigProblem.ofFile(project.targetSchema(), "no Flyway migrations (V1__name.sql ...) for the target schema"));
        }
        problems.addAll(MappingSet.check(settings.mappings(), settings.project(), transforms));
        if (!problems.isEmpty()) {
            return new ValidationResult(settings.mappings(), settings.checks(), problems, 0, 0, List.of(), null);
        }
        MappingSet set = MappingSet.load(settings.mappings(), settings.project(), transforms);
        try {
            // the queries too, as a run fills them: a missing fragment or a shared set opened twice is found now
            problems.addAll(Reconciliation.queryProblems(settings.checks(), set, settings.asOf()));
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        if (settings.legacy() != null) {
            try {
                new Preflight(settings.legacy(), null, set).checkLegacySchema("validate");
            } catch (PreflightException e) {
                e.problems().forEach(p -> problems.add(ConfigProblem.ofFile(project.legacySchemaFile(), "live legacy schema: " + p)));
            }
        }
        if (settings.target() != null && problems.isEmpty()) {
            try {
                TargetSchema.validate(settings.target(), project);
            } catch (TargetSchemaException e) {
                problems.add(ConfigProblem.ofFile(project.targetSchema(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new ValidationResult(settings.mappings(), settings.checks(), problems, set.files().size(), 0, List.of(), set.hash());
        }
        return new ValidationResult(settings.mappings(), settings.checks(), List.of(), set.files().size(), FixtureRunner.count(set),
                FixtureRunner.run(set), set.hash());
    }
}
