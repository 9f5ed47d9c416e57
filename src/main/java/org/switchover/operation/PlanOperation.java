package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.Runbook;
import org.switchover.signoff.SignOffPolicy;

import java.time.LocalDateTime;

/** `plan`: the go-live weekend's runbook, with expected durations, the freeze time and the missing sign-offs. */
public record PlanOperation(SwitchoverSettings settings, LocalDateTime start) {
    public PlanOperation(SwitchoverSettings settings) {
        this(settings, null);
    }

    /** The runbook; with a start (`plan --start`) also its timetable by the clock. */
    public PlanResult run() {
        settings.require(Need.TARGET_DATABASE);
        String hash = Inputs.mappingHashOnMigratedTarget(settings);
        Runbook.Plan plan = Runbook.plan(settings.target(), hash, SignOffPolicy.of(settings), settings.freezeTime(), settings.goLive(),
                start);
        return new PlanResult(plan.lines(), plan.timetable());
    }
}
