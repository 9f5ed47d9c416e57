package org.switchover.run;

import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Finds the run that {@code --resume} continues: the latest run of a kind on the target, when it did not succeed. */
public final class InterruptedRun {
    private InterruptedRun() {
    }

    /**
     * The id of the latest {@code kind} run when it is RUNNING (killed) or FAILED; empty when there is
     * none or it succeeded. A run made with other mappings or from another legacy database cannot be continued: that is an error.
     */
    public static OptionalLong find(Connection connection, RunKind kind, String mappingHash, String legacyIdentity)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                SqlResource.load("sql/run/interrupted_run.sql").statements().get(0))) {
            statement.setString(1, kind.text());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || RunStatus.SUCCEEDED.name().equals(row.getString(2))) {
                    return OptionalLong.empty();
                }
                long runId = row.getLong(1);
                if (!row.getString(3).equals(mappingHash)) {
                    throw new ConfigurationException("cannot resume " + kind.text() + " run " + runId
                            + ": it ran with mapping set " + row.getString(3) + ", the mappings now hash to " + mappingHash
                            + "; start a new run without --resume");
                }
                if (!row.getString(4).equals(legacyIdentity)) {
                    throw new ConfigurationException("cannot resume " + kind.text() + " run " + runId + ": it read legacy database "
                            + row.getString(4) + ", not " + legacyIdentity + "; start a new run without --resume");
                }
                return OptionalLong.of(runId);
            }
        }
    }

    /**
     * Refuses to resume run {@code runId} when a csc table does not hold exactly the rows its committed chunks loaded
     * (every csc table: the run emptied them all at its start, so one it had not reached yet must still be empty):
     * rows deleted, added or emptied since it stopped change the count (each chunk's counts commit with its rows, so a
     * stop alone never leaves them apart), and rows changed or added carry a transaction id (xmin) that none of the
     * run's copy marks has (see V15__copy_marks.sql), so an UPDATE, or a delete and an insert that keep the count, is
     * refused too. Otherwise they would carry into the resumed run, unseen until the reconciliation or not at all.
     */
    public static void requireCheckpointsInCsc(Connection connection, RunKind kind, long runId) throws SQLException {
        List<String> changed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/run/csc_vs_checkpoints.sql").text())) {
            statement.setLong(1, runId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String table = "csc." + row.getString("target_table");
                    long loaded = row.getLong("loaded");
                    long present = row.getLong("present");
                    long foreign = row.getLong("foreign_rows");
                    if (loaded != present) {
                        changed.add(table + " holds " + rows(present) + ", its checkpoints loaded " + loaded);
                    }
                    if (foreign > 0) {
                        changed.add(table + " holds " + rows(foreign) + " that none of the run's chunks wrote");
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            throw new ConfigurationException("cannot resume " + kind.text() + " run " + runId + ": " + String.join("; ", changed)
                    + "; csc was changed after the run stopped, so start a new run without --resume");
        }
    }

    private static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
