package org.switchover.reconcile;

/**
 * One failing record of a check: its key, the child's legacy reference (or, for a record with no client, the
 * legacy client_no), why it fails, FAIL or ACCEPTED, and the owner's decision in force for it (null: none).
 *
 * @param reason the legacy query's not_migrated reason (a reject reason of the mapping) for a legacy record that
 *               cannot migrate, else {@link #ONLY_IN_LEGACY}, {@link #ONLY_IN_TARGET} or {@link #DIFFERS}
 */
public record Finding(String checkId, String key, String legacyRef, String reason, Status status, OwnerDecision decision) {
    /** A legacy record the target does not hold, for which the legacy query gives no reason. */
    public static final String ONLY_IN_LEGACY = "only_in_legacy";
    /** A target record legacy does not have. */
    public static final String ONLY_IN_TARGET = "only_in_target";
    /** A record on both sides whose values differ. */
    public static final String DIFFERS = "differs";
}
