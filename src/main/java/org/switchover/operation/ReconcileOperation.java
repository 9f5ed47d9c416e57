package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.reconcile.ReconciliationResult;

/** `reconcile`: reconciles the configured run (else the latest successful dry run) into the report directory. */
public record ReconcileOperation(SwitchoverSettings settings) {
    public ReconciliationResult run() {
        settings.require(Need.LEGACY_DATABASE, Need.TARGET_DATABASE, Need.CHECKS);
        return Inputs.reconciliation(settings, settings.reportDir()).run();
    }
}
