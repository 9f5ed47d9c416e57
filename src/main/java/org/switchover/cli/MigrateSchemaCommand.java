package org.switchover.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Applies the Flyway migrations: the toolkit's migration schema and the project's target schema (csc). */
@Command(name = "migrate-schema", mixinStandardHelpOptions = true,
        description = "Creates or upgrades the toolkit's schema migration (in the jar) and the project's target schema csc"
                + " (target-schema/) with Flyway, each with its own history; a failed validation is reported in one line.")
final class MigrateSchemaCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        var result = project.applyTo(target.configure()).build().migrateSchema();
        System.out.println("migration schema of " + result.database() + " is at version " + result.currentVersion()
                + ", the project's target schema at " + result.targetSchemaVersion()
                + " (" + result.applied() + " migrations applied now)");
        return ExitCodes.OK;
    }
}
