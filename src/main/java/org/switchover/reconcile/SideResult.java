package org.switchover.reconcile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one side's query returned. Convention: the first column is the key (a legacy reference or an
 * id); a column named {@code n} makes a row stand for n items (grouped counts); every other column is
 * a value of that key. The count is the sum of n, else the number of rows. {@code grouped}: rows carry n.
 */
public record SideResult(List<Row> rows, boolean grouped) {
    /** One key and its values, in column order. */
    public record Row(String key, long n, Map<String, String> values) {
    }

    public SideResult {
        rows = List.copyOf(rows);
    }

    public long count() {
        return rows.stream().mapToLong(Row::n).sum();
    }

    public Map<String, Row> byKey() {
        Map<String, Row> map = new LinkedHashMap<>();
        rows.forEach(row -> map.putIfAbsent(row.key(), row));
        return map;
    }

    static SideResult query(Connection connection, String sql, String source) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int nColumn = 0;
            for (int i = 2; i <= meta.getColumnCount(); i++) {
                if ("n".equalsIgnoreCase(meta.getColumnLabel(i))) {
                    nColumn = i;
                }
            }
            if ("n".equalsIgnoreCase(meta.getColumnLabel(1)) && meta.getColumnCount() == 1) {
                nColumn = 1;
            }
            List<String> names = new ArrayList<>();
            for (int i = 2; i <= meta.getColumnCount(); i++) {
                if (i != nColumn) {
                    names.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                }
            }
            String[] shared = names.toArray(String[]::new);
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                String[] values = new String[shared.length];
                for (int i = 2, v = 0; i <= meta.getColumnCount(); i++) {
                    if (i != nColumn) {
                        values[v++] = rs.getString(i);
                    }
                }
                String key = nColumn == 1 ? "" : rs.getString(1);
                rows.add(new Row(key, nColumn == 0 ? 1 : rs.getLong(nColumn), new RowValues(shared, values)));
            }
            return new SideResult(rows, nColumn > 1);
        } catch (SQLException e) {
            throw new ReconciliationException(source + ": " + e.getMessage(), e);
        }
    }
}
