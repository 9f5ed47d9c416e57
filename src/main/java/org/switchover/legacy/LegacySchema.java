package org.switchover.legacy;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.project.Project;

import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates a project's declared legacy schema (legacy/schema.sql) in an empty database, and loads its fixtures (for tests and demos). */
public final class LegacySchema {
    /** Lists the tables already in the connected database. */
    public static final String EXISTING_TABLES_SQL = "sql/legacy/existing-tables.sql";
    /** How many existing table names a refusal message spells out before "...". */
    static final int NAMES_IN_MESSAGE = 5;

    private LegacySchema() {
    }

    /** Creates the default project's legacy tables (the built-in example the generator fills). */
    public static void create(ConnectionSpec legacy) {
        create(legacy, Project.DEFAULT.legacySchemaFile());
    }

    /** Creates every table of a project's legacy DDL; refuses (LegacySchemaException) when the database already has tables. */
    public static void create(ConnectionSpec legacy, Path schemaFile) {
        if (!Files.isRegularFile(schemaFile)) {
            throw new LegacySchemaException("the project declares no legacy schema: " + schemaFile + " does not exist");
        }
        if (legacy.database().isEmpty()) {
            throw new LegacySchemaException("the " + legacy + " names no database; add one to the URL (e.g. .../legacy)");
        }
        try (Connection connection = Databases.connect(legacy)) {
            List<String> existing = existingTables(connection);
            if (!existing.isEmpty()) {
                throw new LegacySchemaException(refusal(legacy, existing));
            }
            SqlResource.file(schemaFile).executeAll(connection);
        } catch (SQLException e) {
            throw new LegacySchemaException("cannot create the legacy schema in the " + legacy + ": " + e.getMessage(), e);
        }
    }

    /** Runs a project's fixture files (SQL data) in order on the legacy database. */
    public static void load(ConnectionSpec legacy, List<Path> fixtureFiles) {
        try (Connection connection = Databases.connect(legacy)) {
            for (Path file : fixtureFiles) {
                SqlResource.file(file).executeAll(connection);
            }
        } catch (SQLException e) {
            throw new LegacySchemaException("cannot load the fixtures into the " + legacy + ": " + e.getMessage(), e);
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
