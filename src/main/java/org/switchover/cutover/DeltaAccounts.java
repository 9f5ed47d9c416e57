package org.switchover.cutover;

import org.switchover.db.SqlResource;
import org.switchover.pipeline.MappingPlan;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Makes a delta run account for whole tables, as a full load does, so that reconciling it compares the full legacy
 * state with the full target state: the earlier run's per-key rejects, exclusions and lossy conversions are copied
 * forward for every key the delta did not re-migrate, and the mapping's counts and rule rows are set for the whole
 * table: read = loaded + excluded + rejected. Runs inside the delta's transaction.
 */
final class DeltaAccounts {
    private final Connection transaction;
    private final long baseRunId;
    private final long runId;

    DeltaAccounts(Connection transaction, long baseRunId, long runId) {
        this.transaction = transaction;
        this.baseRunId = baseRunId;
        this.runId = runId;
    }

    /**
     * After the mapping's dirty keys were deleted ({@code deletedRows} target rows) and migrated again (the delta run's
     * counts row holds what that did): carries the rest forward and sets the whole table's counts.
     */
    void wholeTable(MappingPlan plan, Set<String> dirty, boolean listMapping, long deletedRows) throws SQLException {
        long[] base = counts(baseRunId, plan.mappingId());
        long[] baseRecorded = totals(baseRunId, plan.targetTable());
        long[] delta = counts(runId, plan.mappingId());
        Array keys = transaction.createArrayOf("text", dirty.toArray(String[]::new));
        for (String name : List.of("carry_rejects", "carry_exclusions", "carry_lossy")) {
            try (PreparedStatement carry = transaction.prepareStatement(withRowKey(name, listMapping))) {
                carry.setLong(1, runId);
                carry.setLong(2, baseRunId);
                carry.setString(3, plan.targetTable());
                carry.setArray(4, keys);
                carry.executeUpdate();
            }
        }
        long[] recorded = totals(runId, plan.targetTable());
        long carriedExcluded = recorded[0] - delta[2];
        long carriedRejected = recorded[1] - delta[3];
        // the base's units of the dirty keys: the rows deleted, and what it excluded or rejected for them
        long baseUnitsOfDirtyKeys = deletedRows + (baseRecorded[0] - carriedExcluded) + (baseRecorded[1] - carriedRejected);
        long loaded = base[1] - deletedRows + delta[1];
        long read = base[0] - baseUnitsOfDirtyKeys + delta[0];
        try (PreparedStatement update = transaction.prepareStatement(sql("set_mapping_counts"))) {
            update.setLong(1, read);
            update.setLong(2, loaded);
            update.setLong(3, recorded[0]);
            update.setLong(4, recorded[1]);
            update.setLong(5, runId);
            update.setString(6, plan.mappingId());
            update.executeUpdate();
        }
        rebuildRules(plan);
    }

    private void rebuildRules(MappingPlan plan) throws SQLException {
        List<String> statements = SqlResource.load("sql/delta/rebuild_rules.sql").statements();
        Object[][] parameters = {
                {runId, plan.mappingId()},
                {runId, plan.mappingId(), runId, plan.targetTable()},
                {runId, plan.mappingId(), runId, plan.targetTable()}};
        for (int s = 0; s < statements.size(); s++) {
            try (PreparedStatement statement = transaction.prepareStatement(statements.get(s))) {
                for (int p = 0; p < parameters[s].length; p++) {
                    statement.setObject(p + 1, parameters[s][p]);
                }
                statement.executeUpdate();
            }
        }
    }

    /** The row keys the earlier run recorded as rejected or excluded for the mapping's table. */
    Set<String> recordedKeys(MappingPlan plan, boolean listMapping) throws SQLException {
        Set<String> keys = new java.util.HashSet<>();
        try (PreparedStatement statement = transaction.prepareStatement(withRowKey("recorded_keys", listMapping))) {
            statement.setLong(1, baseRunId);
            statement.setString(2, plan.targetTable());
            statement.setLong(3, baseRunId);
            statement.setString(4, plan.targetTable());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** read, loaded, excluded, rejected of one mapping in one run. */
    private long[] counts(long run, String mappingId) throws SQLException {
        try (PreparedStatement statement = transaction.prepareStatement(sql("mapping_counts"))) {
            statement.setLong(1, run);
            statement.setString(2, mappingId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("run " + run + " has no counts for mapping " + mappingId
                            + "; a delta accounts for whole tables from the run it starts from, which must have every mapping");
                }
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)};
            }
        }
    }

    /** Excluded units and rejected rows a run recorded by key for one target table. */
    private long[] totals(long run, String targetTable) throws SQLException {
        try (PreparedStatement statement = transaction.prepareStatement(sql("record_totals"))) {
            statement.setLong(1, run);
            statement.setString(2, targetTable);
            statement.setLong(3, run);
            statement.setString(4, targetTable);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** A query of sql/delta with {row_key}: the legacy key, or for a list mapping its row key before ':'. */
    private static String withRowKey(String name, boolean listMapping) {
        return sql(name).replace("{row_key}", sql("row_key_" + (listMapping ? "list" : "plain")));
    }

    private static String sql(String name) {
        return SqlResource.load("sql/delta/" + name + ".sql").statements().get(0);
    }
}
