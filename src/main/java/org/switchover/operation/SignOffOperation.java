package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.signoff.SignOff;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.signoff.SignOffRegistry;

/** `sign-off`: records {@code owner}'s sign-off, in {@code role}, of the report directory's reconciliation.json. */
public record SignOffOperation(SwitchoverSettings settings, String owner, String role) {
    public SignOff run() {
        settings.require(Need.TARGET_DATABASE);
        String hash = Inputs.mappingHashOnMigratedTarget(settings);
        return new SignOffRegistry(settings.target(), SignOffPolicy.of(settings)).sign(settings.reportDir(), owner, role, hash);
    }
}
