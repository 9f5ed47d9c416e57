package org.switchover.extract;

import org.switchover.db.SqlResource;
import org.switchover.pipeline.MappingPlan;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a legacy table into key ranges that are read side by side. The cuts come from the legacy data alone, so a
 * frozen legacy gives the same ranges every time: an integer key by value between its first and last key (two
 * index look-ups), any other key by quantile (one scan of the key, NTILE). The run records them anyway, and a
 * resumed run reads the recorded ones.
 */
public final class KeyRanges {
    private static final String COLUMN_TYPE = single("sql/extract/key_column_type.sql");
    private static final String MIN_MAX = single("sql/extract/key_min_max.sql");
    private static final String QUANTILES = single("sql/extract/key_quantiles.sql");

    private KeyRanges() {
    }

    /** At most {@code count} ranges of {@code plan}'s legacy table, numbered from 0; one ({@link KeyRange#WHOLE}) for count 1 or an empty table. */
    public static List<KeyRange> split(Connection connection, MappingPlan plan, int count) {
        if (count <= 1) {
            return List.of(KeyRange.WHOLE);
        }
        String table = plan.legacyTable();
        try {
            String type = columnType(connection, table, plan.keyColumn());
            List<String> cuts = KeyRange.INTEGER_TYPES.contains(type) ? integerCuts(connection, plan, count) : quantileCuts(connection, plan, count);
            return KeyRange.between(cuts);
        } catch (SQLException e) {
            throw new ExtractException("cannot split legacy table " + table + " into key ranges by " + plan.keyColumn()
                    + ": " + e.getMessage(), e);
        }
    }

    private static String columnType(Connection connection, String table, String keyColumn) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COLUMN_TYPE)) {
            statement.setString(1, LegacyIdentifiers.plain(table, "table"));
            statement.setString(2, LegacyIdentifiers.plain(keyColumn, "key column of " + table));
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new ExtractException("legacy table " + table + " has no key column " + keyColumn);
                }
                return rows.getString(1).toLowerCase(Locale.ROOT);
            }
        }
    }

    private static List<String> integerCuts(Connection connection, MappingPlan plan, int count) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(withNames(MIN_MAX, plan));
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next() || rows.getString(1) == null) {
                return List.of(); // an empty table: one range
            }
            return KeyRange.evenCuts(new BigInteger(rows.getString(1)), new BigInteger(rows.getString(2)), count);
        }
    }

    private static List<String> quantileCuts(Connection connection, MappingPlan plan, int count) throws SQLException {
        List<String> lastKeys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(withNames(QUANTILES, plan))) {
            statement.setInt(1, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lastKeys.add(rows.getString(1));
                }
            }
        }
        // the last tile ends at the table's end: its range has no upper bound
        return lastKeys.isEmpty() ? List.of() : List.copyOf(lastKeys.subList(0, lastKeys.size() - 1));
    }

    private static String withNames(String sql, MappingPlan plan) {
        return sql.replace("{table}", LegacyIdentifiers.quote(plan.legacyTable(), "table"))
                .replace("{key}", LegacyIdentifiers.quote(plan.keyColumn(), "key column of " + plan.legacyTable()));
    }

    private static String single(String resource) {
        return SqlResource.load(resource).statements().get(0);
    }
}
