package org.switchover.cli;

import org.switchover.config.ConfigProblem;
import org.switchover.mapping.FixtureRunner;
import org.switchover.mapping.MappingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** Checks every mapping and code-map file, then runs their given/expect fixtures; prints each problem as file:line: message. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks all mapping files and code maps (names, columns, transforms, coverage, duplicates) and runs their fixtures.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    MappingOptions mappings;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        List<ConfigProblem> problems = MappingSet.check(mappings.directory, mappings.settings());
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.out.println(problem));
            System.out.println(problems.size() + " problem(s) in " + mappings.directory);
            return ExitCodes.USAGE;
        }
        MappingSet set = MappingSet.load(mappings.directory, mappings.settings());
        List<String> failures = FixtureRunner.run(set);
        failures.forEach(System.out::println);
        System.out.println(set.files().size() + " mapping files, " + FixtureRunner.count(set) + " fixtures, "
                + failures.size() + " fixture failure(s); mapping hash " + set.hash());
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }
}
