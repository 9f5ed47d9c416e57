package org.switchover.preflight;

import org.switchover.db.SqlResource;
import org.switchover.mapping.LegacyRead;
import org.switchover.transform.LegacyType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The live legacy schema (information_schema) against what the mappings read: missing tables, views in place of tables,
 * missing columns, wrong types.
 */
final class LegacyColumns {
    private final Map<String, Map<String, String>> types = new HashMap<>();
    private final Map<String, String> views;
    private final String database;

    LegacyColumns(Connection legacy, String database) throws SQLException {
        this.database = database;
        try (Statement statement = legacy.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/preflight/legacy_columns.legacy.sql").text())) {
            while (rows.next()) {
                types.computeIfAbsent(lower(rows.getString(1)), t -> new HashMap<>()).put(lower(rows.getString(2)), rows.getString(3));
            }
        }
        views = LegacyViews.of(legacy);
    }

    /**
     * One line per missing table, per view read as a table, per missing column, and per column whose type a transform
     * reading it does not accept.
     */
    List<String> problems(List<LegacyRead> reads) {
        Map<String, Set<String>> missingTables = new LinkedHashMap<>();
        Map<String, Set<String>> readAsTables = new LinkedHashMap<>();
        Map<String, Set<String>> missingColumns = new LinkedHashMap<>();
        Map<String, Set<String>> wrongTypes = new LinkedHashMap<>();
        for (LegacyRead read : reads) {
            Map<String, String> columns = types.get(lower(read.table()));
            String where = read.file() + ":" + read.line();
            if (columns == null) {
                missingTables.computeIfAbsent(read.table(), t -> new LinkedHashSet<>()).add(read.file().toString());
                continue;
            }
            if (views.containsKey(lower(read.table()))) {
                readAsTables.computeIfAbsent(read.table(), t -> new LinkedHashSet<>()).add(read.file().toString());
            }
            String type = columns.get(lower(read.column()));
            String column = read.table() + "." + read.column();
            if (type == null) {
                missingColumns.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(where);
            } else if (!read.accepts().contains(LegacyType.of(type))) {
                wrongTypes.computeIfAbsent("legacy column " + column + " is " + type.toLowerCase(Locale.ROOT) + ", expected "
                        + LegacyType.describe(read.accepts()), k -> new LinkedHashSet<>()).add(read.transform() + " at " + where);
            }
        }
        List<String> problems = new ArrayList<>();
        missingTables.forEach((table, files) -> problems.add("legacy table " + table + " does not exist in legacy database "
                + database + " (read by " + String.join(", ", files) + ")"));
        // a view can leave rows out, and the migration and the checks would read it alike and agree: a GO without them
        readAsTables.forEach((table, files) -> problems.add("legacy table " + table + " of legacy database "
                + database + " is a " + views.get(lower(table)) + ", not a table (read by "
                + String.join(", ", files) + "): a view can leave rows out of the migration and the reconciliation alike, "
                + "which would then agree; migrate from the table that holds the rows"));
        missingColumns.forEach((column, places) -> problems.add("legacy column " + column + " does not exist (read at "
                + String.join(", ", places) + ")"));
        wrongTypes.forEach((line, places) -> problems.add(line + " (read with " + String.join(", ", places) + ")"));
        return problems;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
