package org.switchover.ledger;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who asked for what, for the audit trail: the command, its options as given (names and values from the command line,
 * which never hold a password: passwords come only from the environment and URLs holding one are refused), and the legacy
 * database user when a legacy database was configured (null otherwise).
 */
public record Invocation(String command, String options, String legacyUser) {
    /** How an event names a caller that is not the command line (a Java caller of the facade). */
    public static final String NO_OPTIONS = "";

    /** The operating-system user running the toolkit. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }

    /** This machine's host name, "unknown" when it cannot be resolved. */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
