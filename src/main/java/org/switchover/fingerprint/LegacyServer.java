package org.switchover.fingerprint;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * The legacy server and database as the server itself names them, not as the URL does (a URL can point at another
 * server under the same name): {@code @@server_uuid} where the server has one (MySQL), else {@code @@hostname:@@port}
 * (MariaDB has no server_uuid); plus the database name.
 */
public record LegacyServer(String server, String database) {
    /** "server/database", as runs and fingerprints record it. */
    public String identity() {
        return server + "/" + database;
    }

    /** Asks the server on {@code legacy}. */
    public static LegacyServer of(Connection legacy) throws SQLException {
        Map<String, String> variables = new HashMap<>();
        try (Statement statement = legacy.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/fingerprint/server_variables.legacy.sql").text())) {
            while (rows.next()) {
                variables.put(rows.getString(1).toLowerCase(java.util.Locale.ROOT), rows.getString(2));
            }
        }
        String uuid = variables.get("server_uuid");
        String server = uuid != null && !uuid.isBlank() ? uuid : variables.get("hostname") + ":" + variables.get("port");
        try (Statement statement = legacy.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.load("sql/fingerprint/current_database.legacy.sql").text())) {
            row.next();
            return new LegacyServer(server, row.getString(1));
        }
    }

    /** The legacy server's clock now (whole seconds): what freeze times and updated_dt are measured against. */
    public static Timestamp clock(Connection legacy) throws SQLException {
        try (Statement statement = legacy.createStatement();
             ResultSet clock = statement.executeQuery(SqlResource.load("sql/run/legacy_clock.sql").text())) {
            clock.next();
            return clock.getTimestamp(1);
        }
    }
}
