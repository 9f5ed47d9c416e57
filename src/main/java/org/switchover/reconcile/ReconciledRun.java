package org.switchover.reconcile;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The run a reconciliation reads, as migration.run of the target recorded it.
 *
 * @param asOf        the run's as-of date; null when it recorded none
 * @param mappingHash the hash of the mapping set the run loaded with
 */
record ReconciledRun(long id, String kind, LocalDate asOf, String mappingHash) {
    private static final SqlResource FIND_RUN = SqlResource.load("sql/reconcile/find_run.sql");
    private static final SqlResource RUN_MAPPINGS = SqlResource.load("sql/reconcile/run_mappings.sql");

    /** Run {@code runId}, or the latest successful dry run when it is null; a run the target does not have is refused. */
    static ReconciledRun find(Connection connection, Long runId, ConnectionSpec target) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FIND_RUN.text())) {
            for (int i = 1; i <= 2; i++) {
                if (runId == null) {
                    query.setNull(i, Types.BIGINT);
                } else {
                    query.setLong(i, runId);
                }
            }
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new ReconciliationException(runId == null
                            ? "no successful dry run in migration.run of " + target.identity() + "; run dry-run first"
                            : "no run " + runId + " in migration.run of " + target.identity());
                }
                Date asOf = rs.getDate("as_of");
                return new ReconciledRun(rs.getLong("run_id"), rs.getString("kind"), asOf == null ? null : asOf.toLocalDate(),
                        rs.getString("mapping_hash"));
            }
        }
    }

    /** The mappings a run loaded (a scratch run's report names them as the part it is). */
    static List<String> mappingsOf(Connection connection, long runId) throws SQLException {
        List<String> loaded = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RUN_MAPPINGS.text())) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    loaded.add(rows.getString(1));
                }
            }
        }
        return loaded;
    }
}
