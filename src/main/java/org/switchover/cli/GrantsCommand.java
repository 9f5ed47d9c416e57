package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.privileges.Grants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Prints the SQL that creates the legacy reader, the target owner and the report reader. */
@Command(name = "grants", mixinStandardHelpOptions = true,
        description = {"Prints the SQL that creates the three roles the toolkit needs: a SELECT-only legacy reader, a target owner "
                + "for loads, and a report reader for reconcile, status, exceptions and sign-off that cannot change csc.",
                "No password is printed: set one for each role yourself. Connects to nothing."})
final class GrantsCommand implements Callable<Integer> {
    @Option(names = "--legacy-reader", paramLabel = "NAME", defaultValue = Grants.DEFAULT_LEGACY_READER,
            description = "Legacy reader user (default: ${DEFAULT-VALUE}).")
    String legacyReader;

    @Option(names = "--target-owner", paramLabel = "NAME", defaultValue = Grants.DEFAULT_TARGET_OWNER,
            description = "Target owner role (default: ${DEFAULT-VALUE}).")
    String targetOwner;

    @Option(names = "--report-reader", paramLabel = "NAME", defaultValue = Grants.DEFAULT_REPORT_READER,
            description = "Report reader role (default: ${DEFAULT-VALUE}).")
    String reportReader;

    @Option(names = "--legacy-database", paramLabel = "NAME", defaultValue = SwitchoverSettings.LEGACY_DATABASE,
            description = "Legacy database (default: ${DEFAULT-VALUE}).")
    String legacyDatabase;

    @Option(names = "--target-database", paramLabel = "NAME", defaultValue = SwitchoverSettings.TARGET_DATABASE,
            description = "Target database (default: ${DEFAULT-VALUE}).")
    String targetDatabase;

    @Override
    public Integer call() {
        Switchover.configure().build().grants(new Grants.Names(legacyReader, targetOwner, reportReader, legacyDatabase, targetDatabase))
                .lines().forEach(System.out::println);
        return ExitCodes.OK;
    }
}
