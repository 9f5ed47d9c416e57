package org.switchover.reconcile;

import java.time.OffsetDateTime;

/**
 * One decision of the exceptions register (migration.exception): made on the record {@code recordKey} of check
 * {@code checkId} as reconciliation {@code reconciliationId} (of run {@code runId}) found it failing for
 * {@code recordReason}; it applies to later reconciliations while the record fails for that same reason.
 * Owners are staff, so their names may be printed; children appear by legacy reference only.
 */
public record OwnerDecision(long id, long reconciliationId, long runId, String checkId, String recordKey, String legacyRef,
                            String recordReason, Decision decision, String owner, String role, String reason,
                            OffsetDateTime decidedAt) {
    /** "accept by NAME (ROLE): reason", as the report shows it beside the record. */
    public String summary() {
        return decision.word() + " by " + owner + " (" + role + "): " + reason;
    }

    /** "exception 4: accept on open-duty-cases record 11 (client_no 0 (no client record), unknown_client) by NAME (ROLE)". */
    public String describe() {
        return "exception " + id + ": " + decision.word() + " on " + checkId + " record " + recordKey + " ("
                + (legacyRef == null ? "" : legacyRef + ", ") + recordReason + ") by " + owner + " (" + role + ")";
    }
}
