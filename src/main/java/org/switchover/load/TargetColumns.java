package org.switchover.load;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One target table's column encoders by column name, read from the catalog; a type without one maps to null. */
record TargetColumns(Map<String, ColumnEncoder> encoders) {
    private static final SqlResource COLUMN_TYPES = SqlResource.load("sql/load/column_types.sql");

    static TargetColumns read(Connection connection, String table) throws SQLException {
        Map<String, ColumnEncoder> encoders = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMN_TYPES.text())) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    encoders.put(rs.getString(1), ColumnEncoder.forType(rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return new TargetColumns(encoders);
    }

    /**
     * The encoders of {@code columns} in order, or null when one has none (an unknown column, whose
     * error the server reports, or a type without a binary encoder here): the batch goes as text.
     */
    ColumnEncoder[] forColumns(List<String> columns) {
        ColumnEncoder[] chosen = new ColumnEncoder[columns.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = encoders.get(columns.get(i));
            if (chosen[i] == null) {
                return null;
            }
        }
        return chosen;
    }
}
