package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.legacy.LegacySchema;

/** `legacy-schema`: creates the project's legacy schema (legacy/schema.sql) in an empty MySQL/MariaDB database. */
public record LegacySchemaOperation(SwitchoverSettings settings) {
    public LegacySchemaResult run() {
        settings.require(Need.LEGACY_DATABASE);
        LegacySchema.create(settings.legacy(), settings.project().legacySchemaFile());
        return new LegacySchemaResult(settings.legacy().identity());
    }
}
