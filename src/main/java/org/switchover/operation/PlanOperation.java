package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.Runbook;
import org.switchover.signoff.SignOffPolicy;

/** `plan`: the go-live weekend's runbook, with expected durations, the freeze time and the missing sign-offs. */
public record PlanOperation(SwitchoverSettings settings) {
    public PlanResult run() {
        settings.require(Need.TARGET_DATABASE);
        String hash = Inputs.mappingHashOnMigratedTarget(settings);
        return new PlanResult(Runbook.lines(settings.target(), hash, SignOffPolicy.of(settings), settings.freezeTime(),
                settings.goLive()));
    }
}
