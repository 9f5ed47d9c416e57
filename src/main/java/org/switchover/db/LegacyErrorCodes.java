package org.switchover.db;

import java.sql.SQLException;
import java.util.Set;

/** Error codes of the legacy MySQL/MariaDB server that the toolkit answers with its own message. */
public final class LegacyErrorCodes {
    /** "Access denied for user to database" (1044) and "command denied to user for table" (1142). */
    private static final Set<Integer> ACCESS_DENIED = Set.of(1044, 1142);

    private LegacyErrorCodes() {
    }

    /** Whether the server refused the statement for want of a right, not for anything in the statement. */
    public static boolean accessDenied(SQLException e) {
        return ACCESS_DENIED.contains(e.getErrorCode());
    }
}
