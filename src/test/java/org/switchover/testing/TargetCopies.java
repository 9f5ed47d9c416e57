package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Copies of a whole target database (PostgreSQL's CREATE DATABASE … TEMPLATE), so tests that rewrite history each start
 * from the same prepared state; and scripts run whole on one session (a DO block, a session setting before it).
 */
public final class TargetCopies {
    private TargetCopies() {
    }

    /** A new database holding what {@code target} holds now; nothing may be connected to {@code target} meanwhile. */
    public static ConnectionSpec copyOf(ConnectionSpec target) throws SQLException {
        String name = target.database() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        runOnServer(target, String.format(SqlResource.load("sql/ledger/copy_database.sql").statements().get(0), name, target.database()));
        return target.withDatabase(name);
    }

    /** Drops a copy made by {@link #copyOf}. */
    public static void drop(ConnectionSpec copy) throws SQLException {
        runOnServer(copy, String.format(SqlResource.load("sql/ledger/drop_database.sql").statements().get(0), copy.database()));
    }

    /** Runs a script as one text on one session: for scripts whose DO blocks hold semicolons. */
    public static void runScript(ConnectionSpec database, String resource) throws SQLException {
        try (Connection connection = Databases.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(resource).text());
        }
    }

    private static void runOnServer(ConnectionSpec database, String ddl) throws SQLException {
        try (Connection connection = Databases.connect(database.withDatabase("postgres")); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }
}
