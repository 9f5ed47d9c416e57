package org.switchover.testing;

import org.switchover.Switchover;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.Finding;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.Status;

import java.util.List;
import java.util.Set;

/**
 * The generator plants headline records that cannot migrate (a client that is missing or whose merge chain is broken);
 * a dry run of its data is therefore NO_GO until a data owner decides on each. For tests whose subject is what comes
 * after a GO (sign-off, the final load, the runbook), the owner of each check records one decision per such record,
 * then the dry run is reconciled again.
 */
public final class OwnerDecisions {
    /** The owner's name the tests record decisions under (staff, not a child). */
    public static final String OWNER = "Test Data Owner";
    private static final Set<String> NOT_A_LEGACY_REASON = Set.of(Finding.ONLY_IN_LEGACY, Finding.ONLY_IN_TARGET, Finding.DIFFERS);

    private OwnerDecisions() {
    }

    /**
     * Records {@code decision} (rekey or accept) by each check's owner on every failing record of {@code result} that the
     * legacy SQL says cannot migrate, then reconciles the latest dry run again with {@code switchover}'s settings.
     */
    public static ReconciliationResult onEveryRecordNotMigrated(Switchover switchover, ReconciliationResult result, String decision) {
        for (CheckOutcome o : result.outcomes()) {
            for (Finding f : o.findings()) {
                if (f.status() == Status.FAIL && !NOT_A_LEGACY_REASON.contains(f.reason())) {
                    switchover.exception(o.id(), f.key(), decision, OWNER, o.check().owner(), "generated test data: " + f.reason());
                }
            }
        }
        return switchover.reconcile();
    }

    /** The ids of the records of {@code result} that cannot migrate, per check: what {@link #onEveryRecordNotMigrated} decides on. */
    public static List<String> notMigrated(ReconciliationResult result) {
        return result.outcomes().stream().flatMap(o -> o.findings().stream())
                .filter(f -> !NOT_A_LEGACY_REASON.contains(f.reason())).map(f -> f.checkId() + " " + f.key()).sorted().toList();
    }
}
