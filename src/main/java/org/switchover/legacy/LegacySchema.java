package org.switchover.legacy;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates the legacy schema of legacy-system.md in an empty database (for tests, demos and the generator). */
public final class LegacySchema {
    /** The DDL, one statement per table, matching the spec exactly. */
    public static final String SCHEMA_SQL = "sql/legacy/schema.sql";
    /** Lists the tables already in the connected database. */
    public static final String EXISTING_TABLES_SQL = "sql/legacy/existing-tables.sql";
    /** How many existing table names a refusal message spells out before "...". */
    static final int NAMES_IN_MESSAGE = 5;

    private LegacySchema() {
    }

    /** Creates every legacy table; refuses (LegacySchemaException) when the database already has tables. */
    public static void create(ConnectionSpec legacy) {
        if (legacy.database().isEmpty()) {
            throw new LegacySchemaException("the " + legacy + " names no database; add one to the URL (e.g. .../legacy)");
        }
        try (Connection connection = Databases.connect(legacy)) {
            List<String> existing = existingTables(connection);
            if (!existing.isEmpty()) {
                throw new LegacySchemaException(refusal(legacy, existing));
            }
            SqlResource.load(SCHEMA_SQL).executeAll(connection);
        } catch (SQLException e) {
            throw new LegacySchemaException("cannot create the legacy schema in the " + legacy + ": " + e.getMessage(), e);
        }
    }

    /** Names of the tables in the spec's database, in alphabetical order. */
    public static List<String> existingTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load(EXISTING_TABLES_SQL).statements().get(0))) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String refusal(ConnectionSpec legacy, List<String> existing) {
        List<String> shown = existing.subList(0, Math.min(NAMES_IN_MESSAGE, existing.size()));
        String names = String.join(", ", shown) + (existing.size() > shown.size() ? ", ..." : "");
        return legacy + " already has " + existing.size() + " table" + (existing.size() == 1 ? "" : "s")
                + " (" + names + "); legacy-schema only fills an empty database";
    }
}
