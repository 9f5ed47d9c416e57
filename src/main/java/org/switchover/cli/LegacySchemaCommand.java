package org.switchover.cli;

import org.switchover.Switchover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Creates the legacy schema of legacy-system.md in an empty MySQL/MariaDB database. */
@Command(name = "legacy-schema", mixinStandardHelpOptions = true,
        description = "Creates the legacy schema (legacy-system.md) in an empty MySQL/MariaDB database; refuses a database that has tables.")
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
