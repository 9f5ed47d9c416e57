package org.switchover.operation;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.purge.Purge;
import org.switchover.schema.TargetSchema;

/** `purge`: replaces the raw values of the runs before {@code beforeRun} (null with {@code afterCutover}: up to the final load). */
public record PurgeOperation(SwitchoverSettings settings, Long beforeRun, boolean afterCutover) {
    public Purge.Result run() {
        settings.require(Need.TARGET_DATABASE);
        if ((beforeRun == null) == !afterCutover) {
            throw new ConfigurationException("purge needs exactly one of --before-run N and --after-cutover");
        }
        if (beforeRun != null && beforeRun < 1) {
            throw new ConfigurationException("purge --before-run: must be a run id (1 or more), was " + beforeRun);
        }
        TargetSchema.migrate(settings.target(), settings.project());
        return new Purge(settings.target()).run(beforeRun);
    }
}
