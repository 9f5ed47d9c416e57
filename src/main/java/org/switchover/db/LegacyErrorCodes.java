package org.switchover.db;

import java.sql.SQLException;
import java.util.Set;

/** Error codes of the legacy MySQL/MariaDB server that the toolkit answers with its own message. */
public final class LegacyErrorCodes {
    /** "Access denied for user to database" (1044) and "command denied to user for table" (1142). */
    private static final Set<Integer> ACCESS_DENIED = Set.of(1044, 1142);

    /** "The server is running with the ... option so it cannot execute this statement" (1290). */
    private static final int OPTION_PREVENTS_STATEMENT = 1290;

    private LegacyErrorCodes() {
    }

    /**
     * Whether a server option refused the statement: with NO_ENGINE_SUBSTITUTION (every legacy session's sql_mode), a
     * table of an engine the server's enforce_storage_engine does not allow.
     */
    public static boolean optionPrevents(SQLException e) {
        return e.getErrorCode() == OPTION_PREVENTS_STATEMENT;
    }

    /** Whether the server refused the statement for want of a right, not for anything in the statement. */
    public static boolean accessDenied(SQLException e) {
        return ACCESS_DENIED.contains(e.getErrorCode());
    }
}
