package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.schema.MigrateResult;
import org.switchover.schema.TargetSchema;

/** `migrate-schema`: applies the Flyway migrations (the toolkit's schema migration, the project's csc) to the target. */
public record MigrateSchemaOperation(SwitchoverSettings settings) {
    public MigrateSchemaResult run() {
        settings.require(Need.TARGET_DATABASE);
        MigrateResult result = TargetSchema.migrate(settings.target(), settings.project());
        return new MigrateSchemaResult(settings.target().identity(), result.applied(), result.currentVersion(), result.targetSchemaVersion());
    }
}
