package org.switchover.db;

/**
 * A database could not be reached or refused the login; the message names which one (host:port/database)
 * and never the password, the URL's user info or its query string, whatever the driver's words were.
 */
public class DatabaseUnavailableException extends RuntimeException {
    private final DatabaseRole role;

    public DatabaseUnavailableException(ConnectionSpec spec, Throwable cause) {
        super("cannot connect to the " + spec + ": " + reason(cause, spec), cause);
        this.role = spec.role();
    }

    DatabaseUnavailableException(ConnectionSpec spec, String reason) {
        super("cannot connect to the " + spec + ": " + reason);
        this.role = spec.role();
    }

    private DatabaseUnavailableException(String message, DatabaseRole role, Throwable cause) {
        super(message, cause);
        this.role = role;
    }

    /** The same failure with advice appended: a connection lost mid-run says how to go on. */
    public DatabaseUnavailableException withAdvice(String advice) {
        return new DatabaseUnavailableException(getMessage() + advice, role, this);
    }

    public DatabaseRole role() {
        return role;
    }

    private static String reason(Throwable cause, ConnectionSpec spec) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        text = text.lines().findFirst().orElse(text).trim();
        if (!spec.password().isEmpty()) {
            text = text.replace(spec.password(), "****");
        }
        return Redaction.scrub(text, spec.url());
    }
}
