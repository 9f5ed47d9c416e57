package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.operation.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Checks every mapping and code-map file, then runs their given/expect fixtures; prints each problem as file:line: message. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a project before any run: mapping files and code maps (names, columns, transforms, coverage, duplicates)"
                + " against its declared catalogs, its reconciliation checks and its target-schema/ migrations, then runs the fixtures.",
                "With --legacy-url the live legacy schema is checked against what the mappings read; with --target-url the applied"
                + " Flyway migrations."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    MappingOptions mappings;
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ReconcileOptions reconcileOptions;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        ValidationResult result = reconcileOptions.applyTo(mappings.applyTo(project.configure().legacy(legacy.spec()).target(target.spec())))
                .build().validate();
        if (!result.problems().isEmpty()) {
            result.problems().forEach(problem -> System.out.println(problem));
            System.out.println(result.summary());
            return ExitCodes.USAGE;
        }
        result.fixtureFailures().forEach(System.out::println);
        System.out.println(result.files() + " mapping files, " + result.fixtures() + " fixtures, "
                + result.fixtureFailures().size() + " fixture failure(s); mapping hash " + result.mappingHash());
        return result.fixtureFailures().isEmpty() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }
}
