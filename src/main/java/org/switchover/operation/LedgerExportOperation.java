package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.ledger.LedgerStore;
import org.switchover.schema.TargetSchema;

import java.nio.file.Path;

/** `ledger --export FILE`: writes the target's ledger to FILE (owner-only) for safekeeping outside the database. */
public record LedgerExportOperation(SwitchoverSettings settings, Path file) {
    public int run() {
        settings.require(Need.TARGET_DATABASE);
        TargetSchema.migrate(settings.target(), settings.project());
        return new LedgerStore(settings.target()).export(file);
    }
}
