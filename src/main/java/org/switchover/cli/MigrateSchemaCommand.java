package org.switchover.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Applies the Flyway migrations that create schemas csc and migration in the target PostgreSQL database. */
@Command(name = "migrate-schema", mixinStandardHelpOptions = true,
        description = "Creates or upgrades the target schemas csc and migration with Flyway; a failed validation is reported in one line.")
final class MigrateSchemaCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        var result = target.configure().build().migrateSchema();
        System.out.println("target schema of " + result.database() + " is at version " + result.currentVersion()
                + " (" + result.applied() + " migrations applied now)");
        return ExitCodes.OK;
    }
}
