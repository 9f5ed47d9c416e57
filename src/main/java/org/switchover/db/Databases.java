package org.switchover.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens connections and pools for a {@link ConnectionSpec}. Every failure to connect becomes a
 * {@link DatabaseUnavailableException} that names the database, so the CLI can print one line.
 */
public final class Databases {
    /** Seconds to wait for a server before reporting it unreachable. */
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

    private static final SqlResource LEGACY_SESSION = SqlResource.load("sql/legacy/session.sql");
    private static final SqlResource TARGET_SESSION = SqlResource.load("sql/target/session.sql");
    private static final SqlResource LEGACY_READ_ONLY = SqlResource.load("sql/legacy/read_only_session.sql");
    private static final SqlResource TARGET_READ_ONLY = SqlResource.load("sql/target/read_only_session.sql");
    /** The scheme users give (and always have) for the legacy server... */
    private static final String MYSQL_SCHEME = "jdbc:mysql:";
    /** ...and the one MariaDB Connector/J, the only legacy driver of the toolkit, takes: the first is rewritten to it. */
    private static final String MARIADB_SCHEME = "jdbc:mariadb:";
    /** Driver class for the pool, named so that no other driver on the class path (tests have MySQL's) takes the URL. */
    private static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

    private Databases() {
    }

    /** One connection, checked; legacy connections get a session sql_mode that accepts zero dates, target ones no JIT. */
    public static Connection connect(ConnectionSpec spec) {
        requireDriver(spec);
        try {
            Connection connection;
            if (isMysql(spec)) {
                connection = new org.mariadb.jdbc.Driver().connect(driverUrl(spec), properties(spec));
            } else {
                DriverManager.setLoginTimeout(DEFAULT_CONNECT_TIMEOUT_SECONDS);
                connection = DriverManager.getConnection(spec.url(), properties(spec));
            }
            execute(connection, forRole(spec, LEGACY_SESSION, TARGET_SESSION));
            return connection;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(spec, e);
        }
    }

    /**
     * As {@link #connect}, for a session that runs checks' queries: it can only read (legacy's {@code
     * sql/legacy/read_only_session.sql}, the target's {@code sql/target/read_only_session.sql}), whatever the account may do.
     */
    public static Connection connectReadOnly(ConnectionSpec spec) {
        Connection connection = connect(spec);
        try {
            execute(connection, forRole(spec, LEGACY_READ_ONLY, TARGET_READ_ONLY));
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new DatabaseUnavailableException(spec, e);
        }
        return connection;
    }

    /** A pool for bulk work; it is checked by opening one connection before it is returned. */
    public static HikariDataSource pool(ConnectionSpec spec, int size) {
        requireDriver(spec);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(driverUrl(spec));
        if (isMysql(spec)) {
            config.setDriverClassName(MARIADB_DRIVER);
        }
        config.setUsername(user(spec));
        config.setPassword(spec.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName(spec.role().label());
        config.setConnectionTimeout(DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setInitializationFailTimeout(DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000L);
        driverDefaults(spec).forEach(config::addDataSourceProperty);
        SqlResource session = forRole(spec, LEGACY_SESSION, TARGET_SESSION);
        if (session != null) {
            config.setConnectionInitSql(session.text());
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(spec, e);
        }
    }

    /**
     * Fails, naming the database, when no driver takes the URL: DriverManager's own "No suitable driver
     * found for <url>" and the pool's "Failed to get driver instance for jdbcUrl=<url>" print the whole URL.
     */
    private static void requireDriver(ConnectionSpec spec) {
        if (isMysql(spec)) {
            return; // MariaDB Connector/J is a compile-time dependency, called directly
        }
        try {
            DriverManager.getDriver(spec.url());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(spec, "no JDBC driver of the toolkit takes " + JdbcUrls.scheme(spec.url()) + " URLs");
        }
    }

    /** True when the URL is a PostgreSQL one; used to pick dialect-specific behaviour. */
    public static boolean isPostgres(ConnectionSpec spec) {
        return spec.url().startsWith("jdbc:postgresql:");
    }

    private static Properties properties(ConnectionSpec spec) {
        Properties properties = new Properties();
        properties.setProperty("user", user(spec));
        properties.setProperty("password", spec.password());
        driverDefaults(spec).forEach(properties::setProperty);
        return properties;
    }

    /**
     * The URL handed to the driver: a legacy jdbc:mysql: URL becomes jdbc:mariadb: (MariaDB Connector/J takes
     * jdbc:mysql: only with permitMysqlScheme in the URL itself), and a legacy URL loses its user info, which
     * {@link #user} passes as the user instead; the rest is unchanged.
     */
    static String driverUrl(ConnectionSpec spec) {
        if (!isMysql(spec)) {
            return spec.url();
        }
        String url = JdbcUrls.withoutUserInfo(spec.url());
        return url.startsWith(MYSQL_SCHEME) ? MARIADB_SCHEME + url.substring(MYSQL_SCHEME.length()) : url;
    }

    /** The login user: a legacy URL's user info wins over the given user, as it did with MySQL Connector/J. */
    private static String user(ConnectionSpec spec) {
        String fromUrl = isMysql(spec) ? JdbcUrls.userInfo(spec.url()) : null;
        return fromUrl == null ? spec.user() : fromUrl;
    }

    /**
     * MariaDB Connector/J settings every legacy connection gets, as properties. Batched multi-row INSERTs for
     * the generator. LOCAL INFILE off ({@code allowLocalInfile}, which MariaDB's driver turns ON by default):
     * no connection of the toolkit sends a file (the generator writes with INSERTs), so a server that asks
     * for one (a hostile or impersonated server can ask at any query) gets nothing. Public key retrieval
     * is left at the driver's default, off: a URL may turn it on ({@code allowPublicKeyRetrieval=true}) for
     * a MySQL 8 login without TLS. {@link UrlPolicy} refuses URLs that would turn LOCAL INFILE back on, under
     * MariaDB's name or MySQL Connector/J's. REPEATABLE READ, InnoDB's default, whatever the server's
     * (sql/legacy/session.sql says why): the driver sets it as each session starts.
     */
    private static Map<String, String> driverDefaults(ConnectionSpec spec) {
        if (!isMysql(spec)) {
            return Map.of();
        }
        return Map.of(
                "rewriteBatchedStatements", "true",
                "allowLocalInfile", "false",
                "transactionIsolation", "REPEATABLE_READ",
                "connectTimeout", String.valueOf(DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000));
    }

    private static boolean isMysql(ConnectionSpec spec) {
        return spec.url().startsWith(MYSQL_SCHEME) || spec.url().startsWith(MARIADB_SCHEME);
    }

    /** {@code legacy} for a legacy session, {@code target} for a PostgreSQL target session; null for any other. */
    private static SqlResource forRole(ConnectionSpec spec, SqlResource legacy, SqlResource target) {
        return spec.role() == DatabaseRole.LEGACY ? legacy : spec.role() == DatabaseRole.TARGET && isPostgres(spec) ? target : null;
    }

    private static void execute(Connection connection, SqlResource session) throws SQLException {
        if (session != null) {
            try (var statement = connection.createStatement()) {
                statement.execute(session.text());
            }
        }
    }
}
