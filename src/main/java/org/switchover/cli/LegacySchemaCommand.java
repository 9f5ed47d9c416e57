package org.switchover.cli;

import org.switchover.Switchover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Creates the project's legacy schema (legacy/schema.sql) in an empty MySQL/MariaDB database. */
@Command(name = "legacy-schema", mixinStandardHelpOptions = true,
        description = "Creates the project's legacy schema (legacy/schema.sql; the root project's is legacy-system.md's) in an empty"
                + " MySQL/MariaDB database; refuses a database that has tables.")
final class LegacySchemaCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        var created = project.configure().legacy(legacy.spec()).build().legacySchema();
        System.out.println("created the legacy schema in " + created.database());
        return ExitCodes.OK;
    }
}
