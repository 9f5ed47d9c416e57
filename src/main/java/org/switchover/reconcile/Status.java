package org.switchover.reconcile;

/** Outcome of one check; the report's verdict is GO only when nothing is FAIL. */
public enum Status {
    PASS, WARN, FAIL;

    /** The worse of the two: FAIL over WARN over PASS. */
    public Status worst(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
