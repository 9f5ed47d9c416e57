package org.switchover.cutover;

import org.switchover.db.SqlResource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One csc table as a delta sees it, through the delta's transaction: keyed by the column that holds
 * the mapping's legacy key, with its keys, a per-key snapshot of its rows, and deletion by key.
 */
final class DeltaTargetTable {
    private final Connection transaction;
    private final String table;
    private final String keyColumn;
    private final String keyType;

    DeltaTargetTable(Connection transaction, String table, String keyColumn) throws SQLException {
        this.transaction = transaction;
        this.table = DeltaReferences.identifier(table);
        this.keyColumn = DeltaReferences.identifier(keyColumn);
        try (PreparedStatement statement = transaction.prepareStatement(SqlResource.load("sql/delta/key_type.sql").statements().get(0))) {
            statement.setString(1, table);
            statement.setString(2, keyColumn);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("csc." + table + " has no column " + keyColumn);
                }
                this.keyType = row.getString(1);
            }
        }
    }

    Set<String> keys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement statement = transaction.createStatement(); ResultSet rows = statement.executeQuery(sql("target_keys"))) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    /** Key to the text of all its rows; keys with no rows are absent. */
    Map<String, String> snapshot(Set<String> keys) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (PreparedStatement statement = transaction.prepareStatement(sql("snapshot"))) {
            statement.setArray(1, array(keys));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getString(2));
                }
            }
        }
        return rows;
    }

    /** Deletes the rows of {@code keys}; returns how many. */
    int delete(Set<String> keys) throws SQLException {
        try (PreparedStatement statement = transaction.prepareStatement(sql("delete_keys"))) {
            statement.setArray(1, array(keys));
            return statement.executeUpdate();
        }
    }

    private Array array(Set<String> keys) throws SQLException {
        return transaction.createArrayOf("text", keys.toArray(String[]::new));
    }

    private String sql(String name) {
        return SqlResource.load("sql/delta/" + name + ".sql").statements().get(0)
                .replace("{table}", table).replace("{key}", keyColumn).replace("{type}", keyType);
    }
}
