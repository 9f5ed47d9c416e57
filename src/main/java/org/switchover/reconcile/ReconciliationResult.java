package org.switchover.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reconciliation found: its id in migration.reconciliation, the run, the verdict, every check's outcome, where
 * the report files are, the hash of the check set it applied, what it was made from ({@link Provenance}), and for a
 * scratch run ({@code dry-run --only}) why it is partial and never signable ({@code partial}; null for a full run).
 */
public record ReconciliationResult(long reconciliationId, long runId, LocalDate asOf, LocalDate goLive, Verdict verdict,
                                   List<CheckOutcome> outcomes, Path reportDir, double seconds, String checkSetHash,
                                   Provenance provenance, String partial) {
    /** GO only when no check FAILs (an ACCEPTED check does not). */
    public enum Verdict { GO, NO_GO }

    /**
     * What the signer signs besides the figures: both databases (host:port/db), the run's mapping-set hash, and when the
     * reconciliation was made by today's clock (days to go-live count from its date, not from the extract date).
     */
    public record Provenance(String legacyDatabase, String targetDatabase, String mappingSetHash, java.time.ZonedDateTime reconciledAt) {
        public LocalDate today() {
            return reconciledAt.toLocalDate();
        }
    }

    public ReconciliationResult {
        outcomes = List.copyOf(outcomes);
    }

    /** The result of a full run's reconciliation: nothing partial about it. */
    public ReconciliationResult(long reconciliationId, long runId, LocalDate asOf, LocalDate goLive, Verdict verdict,
                                List<CheckOutcome> outcomes, Path reportDir, double seconds, String checkSetHash, Provenance provenance) {
        this(reconciliationId, runId, asOf, goLive, verdict, outcomes, reportDir, seconds, checkSetHash, provenance, null);
    }

    public boolean go() {
        return verdict == Verdict.GO;
    }

    public List<String> failingCheckIds() {
        return outcomes.stream().filter(o -> o.status() == Status.FAIL).map(CheckOutcome::id).sorted().toList();
    }

    /** The checks a data owner's decisions took past their FAIL. */
    public List<String> acceptedCheckIds() {
        return outcomes.stream().filter(o -> o.status() == Status.ACCEPTED).map(CheckOutcome::id).sorted().toList();
    }
}
