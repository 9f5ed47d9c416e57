package org.switchover.reconcile;

/** A reconciliation query failed or there is no run to reconcile; names the check file or the database. */
public class ReconciliationException extends RuntimeException {
    public ReconciliationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReconciliationException(String message) {
        super(message);
    }
}
