package org.switchover.reconcile;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;

/** A reconciliation query failed or there is no run to reconcile; names the check file or the database. */
public class ReconciliationException extends RuntimeException {
    public ReconciliationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReconciliationException(String message) {
        super(message);
    }

    /**
     * Rethrows the failure of reconciliation work run on another thread as the caller's own: an SQLException or an
     * unchecked exception as it is, anything else wrapped, its message after {@code failed} and a colon.
     */
    static SQLException rethrowCause(ExecutionException e, String failed) throws SQLException {
        if (e.getCause() instanceof SQLException sql) {
            throw sql;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new ReconciliationException(failed + ": " + e.getCause(), e.getCause());
    }
}
