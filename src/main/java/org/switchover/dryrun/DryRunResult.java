package org.switchover.dryrun;

import org.switchover.reconcile.ReconciliationResult;
import org.switchover.run.EngineResult;

import java.nio.file.Path;

/**
 * What a dry run did: the engine's run (id, status, per-mapping counts), where its report is, the dry run's
 * seconds (without the reconciliation), the reconciliation of the run (null when the run failed or it was
 * skipped), and how long each phase took.
 */
public record DryRunResult(EngineResult engine, Path reportDir, double seconds, ReconciliationResult reconciliation,
                           PhaseTimes phases) {
    public boolean succeeded() {
        return engine.succeeded();
    }
}
