package org.switchover.returns;

import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.SideResult;

import java.util.List;
import java.util.Optional;

/** The outcome of one check in a reconciliation, and a side's rows (none when the side did not run). */
final class Outcomes {
    private Outcomes() {
    }

    static Optional<CheckOutcome> of(ReconciliationResult result, String checkId) {
        return result.outcomes().stream().filter(o -> o.id().equals(checkId)).findFirst();
    }

    static List<SideResult.Row> rows(SideResult side) {
        return side == null ? List.of() : side.rows();
    }

    /** How many rows a side holds (0 when it did not run), without unpacking them. */
    static int size(SideResult side) {
        return side == null ? 0 : side.size();
    }

    static long number(SideResult.Row row, String column) {
        String value = row.values().get(column);
        return value == null ? 0 : Long.parseLong(value);
    }
}
