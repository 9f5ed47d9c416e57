package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.StatusReport;

/** `status`: whether the target is production, then every run with its verdict and sign-offs (lapsed ones say why). */
public record StatusOperation(SwitchoverSettings settings) {
    public StatusResult run() {
        settings.require(Need.TARGET_DATABASE);
        String hash = Inputs.mappingHashOnMigratedTarget(settings);
        return new StatusResult(StatusReport.lines(settings.target(), hash));
    }
}
