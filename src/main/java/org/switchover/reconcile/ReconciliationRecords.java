package org.switchover.reconcile;

import org.switchover.db.SqlResource;
import org.switchover.ledger.Ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * migration.reconciliation, reconciliation_check and finding: each reconciliation adds its rows and its ledger entry in one
 * transaction and none is ever changed (triggers refuse it). The verdict of a run is that of its latest reconciliation
 * ({@link #latestOf}); the gate, status, plan and sign-off read it from here, not from migration.run.
 */
public final class ReconciliationRecords {
    private ReconciliationRecords() {
    }

    /** A failing record as recorded, with its check's owner (who may decide on it). */
    public record RecordedFinding(String checkId, String key, String legacyRef, String reason, Status status, Long exceptionId,
                                  String owner) {
    }

    /** The id the next reconciliation takes; its report names it before the row exists. */
    static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("next_reconciliation_id")); ResultSet id = statement.executeQuery()) {
            id.next();
            return id.getLong(1);
        }
    }

    /**
     * Records a reconciliation (with the SHA-256 of the reconciliation.html it wrote), the status of each check, each failing
     * record and its code crosswalks, all or nothing: its ledger entry seals them together.
     */
    static void record(Connection connection, String htmlSha256, RecordedReconciliation made, List<CheckOutcome> outcomes,
                       List<Crosswalks.Crosswalk> crosswalks) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement reconciliation = connection.prepareStatement(sql("insert_reconciliation"));
             PreparedStatement check = connection.prepareStatement(sql("insert_reconciliation_check"));
             PreparedStatement finding = connection.prepareStatement(sql("insert_finding"))) {
            reconciliation.setLong(1, made.id());
            reconciliation.setLong(2, made.runId());
            reconciliation.setString(3, made.verdict());
            reconciliation.setString(4, made.reportSha256());
            reconciliation.setString(5, made.reportPath());
            reconciliation.setDate(6, Date.valueOf(made.asOf()));
            reconciliation.setDate(7, made.goLive() == null ? null : Date.valueOf(made.goLive()));
            reconciliation.setString(8, made.legacyIdentity());
            reconciliation.setString(9, made.targetIdentity());
            reconciliation.setString(10, made.checkSetHash());
            reconciliation.setBoolean(11, made.wholeState());
            reconciliation.setString(12, htmlSha256);
            reconciliation.executeUpdate();
            for (CheckOutcome o : outcomes) {
                check.setLong(1, made.id());
                check.setString(2, o.id());
                check.setString(3, o.status().name());
                setCount(check, 4, o.legacy());
                setCount(check, 5, o.target());
                check.setString(6, o.check().owner());
                check.addBatch();
                for (Finding f : o.findings()) {
                    finding.setLong(1, made.id());
                    finding.setString(2, o.id());
                    finding.setString(3, f.key());
                    finding.setString(4, f.legacyRef());
                    finding.setString(5, f.reason());
                    finding.setString(6, f.status().name());
                    setCount(finding, 7, f.decision() == null ? null : f.decision().id());
                    finding.addBatch();
                }
            }
            check.executeBatch();
            finding.executeBatch();
            CrosswalkRecords.record(connection, made.id(), crosswalks);
            Ledger.append(connection, "reconciliation", made.id());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The latest reconciliation of run {@code runId}: the run's verdict. Empty when the run was never reconciled. */
    public static Optional<RecordedReconciliation> latestOf(Connection connection, long runId) throws SQLException {
        return one(connection, "latest_reconciliation", runId);
    }

    public static Optional<RecordedReconciliation> byId(Connection connection, long reconciliationId) throws SQLException {
        return one(connection, "reconciliation_by_id", reconciliationId);
    }

    /** The latest reconciliation of the latest successful dry run: the one exceptions are decided on. */
    public static Optional<RecordedReconciliation> latestOfLatestDryRun(Connection connection) throws SQLException {
        return one(connection, "latest_dry_run_reconciliation", null);
    }

    /** The failing records of a reconciliation, by check and key. */
    public static List<RecordedFinding> findings(Connection connection, long reconciliationId) throws SQLException {
        List<RecordedFinding> findings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("findings"))) {
            statement.setLong(1, reconciliationId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long exception = rows.getLong(6);
                    Long exceptionId = rows.wasNull() ? null : exception;
                    findings.add(new RecordedFinding(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            Status.valueOf(rows.getString(5)), exceptionId, rows.getString(7)));
                }
            }
        }
        return findings;
    }

    /** The owner of a check as a reconciliation recorded it; empty when that reconciliation had no such check. */
    public static Optional<String> checkOwner(Connection connection, long reconciliationId, String checkId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("check_owner"))) {
            statement.setLong(1, reconciliationId);
            statement.setString(2, checkId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<RecordedReconciliation> one(Connection connection, String query, Long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(query))) {
            if (parameter != null) {
                statement.setLong(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Date goLive = row.getDate(8);
                return Optional.of(new RecordedReconciliation(row.getLong(1), row.getLong(2), row.getObject(3, OffsetDateTime.class),
                        row.getString(4), row.getString(5), row.getString(6), row.getDate(7).toLocalDate(),
                        goLive == null ? null : goLive.toLocalDate(), row.getString(9), row.getString(10), row.getString(11),
                        row.getBoolean(12)));
            }
        }
    }

    private static void setCount(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static String sql(String name) {
        return SqlResource.load("sql/reconcile/" + name + ".sql").statements().get(0);
    }
}
