package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The tests' own queries (src/test/resources/sql/...), read straight from a database, independent of the code under test. */
public final class TestQueries {
    private TestQueries() {
    }

    /** Rows of sql/{@code name}.sql by their first column (a number), each with the other columns as text. */
    public static Map<Long, String[]> byFirstColumn(ConnectionSpec spec, String name) throws SQLException {
        Map<Long, String[]> rows = new HashMap<>();
        try (Connection connection = Databases.connect(spec); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(SqlResource.load("sql/" + name + ".sql").text())) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] values = new String[columns - 1];
                for (int i = 2; i <= columns; i++) {
                    values[i - 2] = rs.getString(i);
                }
                rows.put(rs.getLong(1), values);
            }
        }
        return rows;
    }
}
