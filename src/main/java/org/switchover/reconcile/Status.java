package org.switchover.reconcile;

/**
 * Outcome of one check; the report's verdict is GO only when nothing is FAIL. ACCEPTED: the check failed, but a
 * data owner decided (rekey or accept) on every one of its failing records.
 */
public enum Status {
    PASS, WARN, ACCEPTED, FAIL;

    /** The worse of the two: FAIL over ACCEPTED over WARN over PASS. */
    public Status worst(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
