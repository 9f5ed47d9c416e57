package org.switchover.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What a reconciliation found: the verdict, every check's outcome, and where the report files are. */
public record ReconciliationResult(long runId, LocalDate asOf, LocalDate goLive, Verdict verdict,
                                   List<CheckOutcome> outcomes, Path reportDir, double seconds) {
    /** GO only when no check FAILs. */
    public enum Verdict { GO, NO_GO }

    public ReconciliationResult {
        outcomes = List.copyOf(outcomes);
    }

    public boolean go() {
        return verdict == Verdict.GO;
    }

    public List<String> failingCheckIds() {
        return outcomes.stream().filter(o -> o.status() == Status.FAIL).map(CheckOutcome::id).sorted().toList();
    }
}
