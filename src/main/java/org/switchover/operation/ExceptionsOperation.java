package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.exceptions.ExceptionRegister;
import org.switchover.schema.TargetSchema;

/** `exception --list`: every decision of the exceptions register, and which are in force. */
public record ExceptionsOperation(SwitchoverSettings settings) {
    public ExceptionRegister.Listing run() {
        settings.require(Need.TARGET_DATABASE);
        TargetSchema.migrate(settings.target(), settings.project());
        return new ExceptionRegister(settings.target()).list();
    }
}
