package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.Freeze;
import org.switchover.cutover.FreezeResult;

/** `freeze`: records the fingerprint of every legacy table the mappings read, when legacy is made read-only. */
public record FreezeOperation(SwitchoverSettings settings) {
    public FreezeResult run() {
        settings.require(Need.LEGACY_DATABASE, Need.TARGET_DATABASE, Need.MAPPINGS);
        return new Freeze(settings.legacy(), settings.target(), Inputs.mappings(settings)).run();
    }
}
