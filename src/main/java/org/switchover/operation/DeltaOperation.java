package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.DeltaLoad;
import org.switchover.cutover.DeltaResult;

/**
 * `delta`: re-migrates only the legacy rows changed since run {@code sinceRunId}, in one target transaction, then
 * reconciles the whole target into the delta's report directory.
 */
public record DeltaOperation(SwitchoverSettings settings, long sinceRunId) {
    public DeltaResult run() {
        settings.require(Need.LEGACY_DATABASE, Need.TARGET_DATABASE, Need.CHECKS);
        return new DeltaLoad(settings.legacy(), settings.target(), Inputs.mappings(settings), settings.asOf(),
                Inputs.reconciliation(settings, settings.deltaReportDir()), settings.deltaReportDir()).run(sinceRunId);
    }
}
