package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A test's own queries, from .sql files on the test classpath, bound by position: rows as text, a number, or an update. */
public final class Queries {
    private Queries() {
    }

    /** Every row of the query, its columns joined with '|' (NULL as "null"). */
    public static List<String> rows(ConnectionSpec database, String resource, Object... parameters) throws SQLException {
        try (Connection connection = Databases.connect(database);
             PreparedStatement statement = prepare(connection, resource, parameters);
             ResultSet result = statement.executeQuery()) {
            return joined(result);
        }
    }

    /** Every row of a query the test built as text, joined as {@link #rows} joins them. */
    public static List<String> rowsOfText(ConnectionSpec database, String sql) throws SQLException {
        try (Connection connection = Databases.connect(database);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            return joined(result);
        }
    }

    private static List<String> joined(ResultSet result) throws SQLException {
        List<String> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            List<String> values = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                values.add(String.valueOf(result.getString(c)));
            }
            rows.add(String.join("|", values));
        }
        return rows;
    }

    /** The first column of the only row, as a number. */
    public static long number(ConnectionSpec database, String resource, Object... parameters) throws SQLException {
        List<String> rows = rows(database, resource, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(resource + " gave " + rows.size() + " rows, not one: " + rows);
        }
        return Long.parseLong(rows.get(0).split("\\|")[0]);
    }

    /** Runs every statement of the file, each with the same parameters bound by position (as many as it has). */
    public static void update(ConnectionSpec database, String resource, Object... parameters) throws SQLException {
        try (Connection connection = Databases.connect(database)) {
            for (String sql : SqlResource.load(resource).statements()) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int count = statement.getParameterMetaData().getParameterCount();
                    for (int i = 0; i < count; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    statement.executeUpdate();
                }
            }
        }
    }

    private static PreparedStatement prepare(Connection connection, String resource, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SqlResource.load(resource).statements().get(0));
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
