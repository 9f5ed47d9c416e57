package org.switchover.db;

import java.net.URI;
import java.util.Objects;

/**
 * Where one database is and how to log in. {@link #toString()} and {@link #identity()} never
 * include the password, so a spec can be logged or recorded safely. A spec cannot hold a URL that
 * carries a password or turns LOCAL INFILE on: the constructor refuses it ({@link UrlPolicy}).
 */
public final class ConnectionSpec {
    private final DatabaseRole role;
    private final String url;
    private final String user;
    private final String password;

    /** @throws UnsafeUrlException when the URL holds a password or turns LOCAL INFILE on */
    public ConnectionSpec(DatabaseRole role, String url, String user, String password) {
        this.role = Objects.requireNonNull(role, "role");
        this.url = Objects.requireNonNull(url, "url");
        UrlPolicy.check(role, url);
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    /** A spec whose password comes from the role's environment variable (empty when unset). */
    public static ConnectionSpec fromEnvironment(DatabaseRole role, String url, String user) {
        return new ConnectionSpec(role, url, user, System.getenv(role.passwordVariable()));
    }

    public DatabaseRole role() { return role; }
    public String url() { return url; }
    public String user() { return user; }
    public String password() { return password; }

    /** The same server and credentials, another database name (tests create databases this way). */
    public ConnectionSpec withDatabase(String database) {
        return new ConnectionSpec(role, JdbcUrls.withDatabase(url, database), user, password);
    }

    /** "host:port/database" without user or password: what runs and reports record. */
    public String identity() {
        return JdbcUrls.hostAndDatabase(url);
    }

    /** The URL for a message: without user info and with its query string hidden ("?…"). */
    public String redactedUrl() {
        return JdbcUrls.redacted(url);
    }

    /** The database name from the URL, or an empty string when the URL names none. */
    public String database() {
        return JdbcUrls.database(url);
    }

    @Override
    public String toString() {
        return role.label() + " database " + identity();
    }

    /** Parses the part after "jdbc:"; a URL that is not one gives null, which callers report. */
    static URI uriOf(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:")) {
            return null;
        }
        try {
            return URI.create(jdbcUrl.substring("jdbc:".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
