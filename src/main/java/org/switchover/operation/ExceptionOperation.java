package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.exceptions.ExceptionRegister;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.schema.TargetSchema;

/** `exception`: records a data owner's decision about one failing record of the latest reconciliation of the latest dry run. */
public record ExceptionOperation(SwitchoverSettings settings, ExceptionRegister.Request request) {
    public OwnerDecision run() {
        settings.require(Need.TARGET_DATABASE);
        TargetSchema.migrate(settings.target(), settings.project());
        return new ExceptionRegister(settings.target()).decide(request);
    }
}
