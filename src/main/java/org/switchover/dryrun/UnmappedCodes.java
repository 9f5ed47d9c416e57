package org.switchover.dryrun;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy codes a run could not map (rule 5: not guessed, NULL in the target), listed per column
 * and value so the data owners can extend a code map or accept the loss.
 */
public final class UnmappedCodes {
    /** One unmapped legacy value and how often it occurred. */
    public record Code(String legacyTable, String column, String value, long occurrences) {
    }

    private UnmappedCodes() {
    }

    public static List<Code> of(ConnectionSpec target, long runId) {
        List<Code> codes = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement query = connection.prepareStatement(SqlResource.load("sql/run/unmapped_codes.sql").text())) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(new Code(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the unmapped codes of run " + runId + ": " + e.getMessage(), e);
        }
        return codes;
    }
}
