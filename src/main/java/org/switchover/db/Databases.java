package org.switchover.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections and pools for a {@link ConnectionSpec}. Every failure to connect becomes a
 * {@link DatabaseUnavailableException} that names the database, so the CLI can print one line.
 */
public final class Databases {
    /** Seconds to wait for a server before reporting it unreachable. */
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

    private static final SqlResource LEGACY_SESSION = SqlResource.load("sql/legacy/session.sql");

    private Databases() {
    }

    /** One connection, checked; legacy connections get a session sql_mode that accepts zero dates. */
    public static Connection connect(ConnectionSpec spec) {
        try {
            DriverManager.setLoginTimeout(DEFAULT_CONNECT_TIMEOUT_SECONDS);
            Connection connection = DriverManager.getConnection(spec.url(), properties(spec));
            prepareSession(spec, connection);
            return connection;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(spec, e);
        }
    }

    /** A pool for bulk work; it is checked by opening one connection before it is returned. */
    public static HikariDataSource pool(ConnectionSpec spec, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(spec.url());
        config.setUsername(spec.user());
        config.setPassword(spec.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName(spec.role().label());
        config.setConnectionTimeout(DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setInitializationFailTimeout(DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000L);
        driverDefaults(spec).forEach(config::addDataSourceProperty);
        if (spec.role() == DatabaseRole.LEGACY) {
            config.setConnectionInitSql(LEGACY_SESSION.text());
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(spec, e);
        }
    }

    /** True when the URL is a PostgreSQL one; used to pick dialect-specific behaviour. */
    public static boolean isPostgres(ConnectionSpec spec) {
        return spec.url().startsWith("jdbc:postgresql:");
    }

    private static Properties properties(ConnectionSpec spec) {
        Properties properties = new Properties();
        properties.setProperty("user", spec.user());
        properties.setProperty("password", spec.password());
        driverDefaults(spec).forEach(properties::setProperty);
        return properties;
    }

    /**
     * Connector/J settings every legacy connection needs: batched multi-row INSERTs for the
     * generator, LOCAL INFILE for bulk loads, and key retrieval for MySQL 8 logins without TLS.
     */
    private static java.util.Map<String, String> driverDefaults(ConnectionSpec spec) {
        if (!spec.url().startsWith("jdbc:mysql:") && !spec.url().startsWith("jdbc:mariadb:")) {
            return java.util.Map.of();
        }
        return java.util.Map.of(
                "rewriteBatchedStatements", "true",
                "allowLoadLocalInfile", "true",
                "allowPublicKeyRetrieval", "true",
                "connectTimeout", String.valueOf(DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000));
    }

    private static void prepareSession(ConnectionSpec spec, Connection connection) throws SQLException {
        if (spec.role() == DatabaseRole.LEGACY) {
            try (var statement = connection.createStatement()) {
                statement.execute(LEGACY_SESSION.text());
            }
        }
    }
}
