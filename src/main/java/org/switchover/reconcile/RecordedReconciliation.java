package org.switchover.reconcile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One reconciliation as migration.reconciliation records it, never rewritten: the run it reconciled, its verdict, the
 * SHA-256 and path of the reconciliation.json it wrote, the as-of and go-live dates, both databases, the check set's hash
 * ({@link CheckSetHash}) and whether the whole legacy state was compared with the whole target state.
 */
public record RecordedReconciliation(long id, long runId, OffsetDateTime madeAt, String verdict, String reportSha256,
                                     String reportPath, LocalDate asOf, LocalDate goLive, String legacyIdentity,
                                     String targetIdentity, String checkSetHash, boolean wholeState) {
    public boolean go() {
        return "GO".equals(verdict);
    }
}
