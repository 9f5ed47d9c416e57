package org.switchover.operation;

import org.switchover.cutover.DeltaResult;
import org.switchover.cutover.FinalLoadResult;
import org.switchover.dryrun.DryRunResult;
import org.switchover.operation.Audited.Outcome;
import org.switchover.reconcile.ReconciliationResult;

/** What the audit trail records for the operations that return a run or a verdict instead of throwing. */
public final class AuditOutcomes {
    private AuditOutcomes() {
    }

    /** A dry run whose engine failed is "failed"; one that reconciled is "ok" with its verdict. */
    public static Outcome dryRun(DryRunResult result) {
        long runId = result.engine().runId();
        if (!result.succeeded()) {
            // a failed run always records why; the trail still reads as a sentence if one ever does not
            String why = result.engine().failure() == null ? "no reason recorded" : result.engine().failure();
            return Outcome.failed(runId, "run " + result.engine().status() + ": " + why);
        }
        return result.reconciliation() == null ? Outcome.ok(runId, "not reconciled") : Outcome.ok(runId, verdict(result.reconciliation()));
    }

    /** A cutover its gate refused is "refused" with the first unmet condition; a failed load "failed"; else its verdict. */
    public static Outcome finalLoad(FinalLoadResult result) {
        return switch (result.outcome()) {
            case REFUSED -> Outcome.refused(result.runId(), result.unmet().size() + " condition(s) unmet, first: "
                    + (result.unmet().isEmpty() ? "none named" : result.unmet().get(0)));
            case FAILED -> Outcome.failed(result.runId(), result.failure());
            case NO_GO -> Outcome.ok(result.runId(), "verdict NO_GO");
            case PRODUCTION -> Outcome.ok(result.runId(), "verdict GO, target marked production");
        };
    }

    public static Outcome delta(DeltaResult result) {
        return Outcome.ok(result.runId(), result.reconciliation() == null ? "not reconciled" : verdict(result.reconciliation()));
    }

    public static Outcome reconcile(ReconciliationResult result) {
        return Outcome.ok(result.runId(), verdict(result));
    }

    private static String verdict(ReconciliationResult reconciliation) {
        return "verdict " + reconciliation.verdict() + " (reconciliation " + reconciliation.reconciliationId() + ")";
    }
}
