package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.DeltaLoad;
import org.switchover.cutover.DeltaResult;

/** `delta`: re-migrates only the legacy rows changed since run {@code sinceRunId}, in one target transaction. */
public record DeltaOperation(SwitchoverSettings settings, long sinceRunId) {
    public DeltaResult run() {
        settings.require(Need.LEGACY_DATABASE, Need.TARGET_DATABASE);
        return new DeltaLoad(settings.legacy(), settings.target(), Inputs.mappings(settings), settings.asOf()).run(sinceRunId);
    }
}
