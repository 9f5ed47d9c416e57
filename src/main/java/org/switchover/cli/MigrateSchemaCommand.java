package org.switchover.cli;

import org.switchover.Switchover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Applies the Flyway migrations that create schemas csc and migration in the target PostgreSQL database. */
@Command(name = "migrate-schema", mixinStandardHelpOptions = true,
        description = "Creates or upgrades the target schemas csc and migration with Flyway; a failed validation is reported in one line.")
final class MigrateSchemaCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        var result = project.configure().target(target.spec()).build().migrateSchema();
        System.out.println("migration schema of " + result.database() + " is at version " + result.currentVersion()
                + ", the project's target schema at " + result.targetSchemaVersion()
                + " (" + result.applied() + " migrations applied now)");
        return ExitCodes.OK;
    }
}
