package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.cutover.FinalLoad;
import org.switchover.cutover.FinalLoadResult;

import java.nio.file.Path;
import java.time.LocalDate;

/** `final-load`: the cutover behind its gate, into the final load's own report directory, as of today. */
public record FinalLoadOperation(SwitchoverSettings settings) {
    public FinalLoadResult run() {
        settings.require(Need.LEGACY_DATABASE, Need.TARGET_DATABASE, Need.CHECKS);
        Path reportDir = settings.finalLoadReportDir();
        return new FinalLoad(settings, Inputs.mappings(settings), reportDir, Inputs.reconciliation(settings, reportDir))
                .run(LocalDate.now());
    }
}
