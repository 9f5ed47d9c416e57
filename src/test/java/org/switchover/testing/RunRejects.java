package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What a run recorded in migration.reject: the tests hold the legacy SQL's reasons to it. */
public final class RunRejects {
    private RunRejects() {
    }

    /** The reason run {@code runId} rejected legacy row {@code key} of {@code legacyTable} for {@code targetTable}; null when it did not. */
    public static String reason(ConnectionSpec target, long runId, String legacyTable, String targetTable, String key) throws SQLException {
        try (Connection connection = Databases.connect(target);
             PreparedStatement reject = connection.prepareStatement(SqlResource.load("sql/reconcile-test/reject_reason.sql").text())) {
            reject.setLong(1, runId);
            reject.setString(2, legacyTable);
            reject.setString(3, targetTable);
            reject.setString(4, key);
            try (ResultSet row = reject.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
