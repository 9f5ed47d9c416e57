package org.switchover.serve;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the target knows about one child, found by legacy reference: the rows loaded into csc, the rows the run
 * rejected and why, and what the run's latest reconciliation found (not migrated, excluded, differing) with the owners'
 * decisions. No name or date of birth is read.
 */
final class ChildRecords {
    record Child(String legacyRef, long runId, List<List<Object>> loaded, List<List<Object>> rejected, List<List<Object>> findings) {
        boolean known() {
            return !loaded.isEmpty() || !rejected.isEmpty() || !findings.isEmpty();
        }
    }

    private final ConnectionSpec target;

    ChildRecords(ConnectionSpec target) {
        this.target = target;
    }

    Child of(String legacyRef, long runId) {
        try (Connection connection = Databases.connect(target)) {
            return new Child(legacyRef, runId, rows(connection, "child_loaded", 2, legacyRef),
                    rows(connection, "child_rejects", 5, legacyRef, legacyRef, runId, legacyRef),
                    rows(connection, "child_findings", 8, runId, legacyRef));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the records of one child in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    private static List<List<Object>> rows(Connection connection, String query, int columns, Object... parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/serve/" + query + ".sql").statements().get(0))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Object[] cells = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        cells[c] = row.getString(c + 1);
                    }
                    rows.add(Arrays.asList(cells));
                }
            }
        }
        return rows;
    }
}
