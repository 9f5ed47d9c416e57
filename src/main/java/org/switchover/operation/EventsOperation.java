package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.ledger.EventLog;
import org.switchover.schema.TargetSchema;

import java.util.List;

/** `status --events`: the audit trail, oldest first. */
public record EventsOperation(SwitchoverSettings settings) {
    public List<EventLog.Event> run() {
        settings.require(Need.TARGET_DATABASE);
        TargetSchema.migrate(settings.target(), settings.project());
        return new EventLog(settings.target()).all();
    }
}
