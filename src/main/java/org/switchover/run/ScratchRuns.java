package org.switchover.run;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Whether csc holds a scratch run: one made after the latest full load. Its tables are partial and the latest full
 * dry run's figures no longer describe csc, so sign-off, exceptions and the final-load gate refuse until a full dry run
 * replaces it ({@link LatestLoadInCsc}).
 */
public final class ScratchRuns {
    private ScratchRuns() {
    }

    /** The id of the scratch run csc holds, or empty when the latest load into csc was a full one (or there was none). */
    public static OptionalLong inCsc(Connection target) throws SQLException {
        try (PreparedStatement statement = target.prepareStatement(SqlResource.load("sql/run/scratch_in_csc.sql").statements().get(0));
             ResultSet row = statement.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        }
    }

    /** Why nothing can be signed or gated while csc holds scratch run {@code runId}. */
    public static String refusal(long runId) {
        return "csc holds scratch run " + runId + " (dry-run --only: a partial load, never signable), so no full dry run's figures "
                + "describe it any more: make a full dry run and sign off its report";
    }
}
