package org.switchover.reconcile;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * migration.exception, the exceptions register: data owners' decisions, each about one failing record, added and never
 * changed. A decision is in force while it is the latest on its record and no later reconciliation (of the same or a
 * later run) found the record failing for another reason; a reconciliation applies it to a record failing for the reason
 * it was made on.
 */
public final class DecisionRecords {
    private DecisionRecords() {
    }

    /** The decisions in force, by check and record key ({@link Findings#recordId}). */
    public static Map<String, OwnerDecision> inForce(Connection connection) throws SQLException {
        Map<String, OwnerDecision> decisions = new LinkedHashMap<>();
        read(connection, "decisions_in_force").forEach(d -> decisions.put(Findings.recordId(d.checkId(), d.recordKey()), d));
        return decisions;
    }

    /** Every decision, oldest first. */
    public static List<OwnerDecision> all(Connection connection) throws SQLException {
        return read(connection, "decisions");
    }

    /** The decision in force on a record for the reason it fails now, or null. */
    public static OwnerDecision applying(Map<String, OwnerDecision> inForce, String checkId, String key, String reason) {
        OwnerDecision latest = inForce.get(Findings.recordId(checkId, key));
        return latest != null && latest.recordReason().equals(reason) ? latest : null;
    }

    /** Records one decision about {@code finding}, failing in reconciliation {@code made}; returns it as recorded. */
    public static OwnerDecision add(Connection connection, RecordedReconciliation made, ReconciliationRecords.RecordedFinding finding,
                                    Decision decision, String owner, String role, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SqlResource.load("sql/reconcile/insert_decision.sql").statements().get(0))) {
            insert.setLong(1, made.id());
            insert.setLong(2, made.runId());
            insert.setString(3, finding.checkId());
            insert.setString(4, finding.key());
            insert.setString(5, finding.legacyRef());
            insert.setString(6, finding.reason());
            insert.setString(7, decision.word());
            insert.setString(8, owner);
            insert.setString(9, role);
            insert.setString(10, reason);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new OwnerDecision(row.getLong(1), made.id(), made.runId(), finding.checkId(), finding.key(), finding.legacyRef(),
                        finding.reason(), decision, owner, role, reason, row.getObject(2, OffsetDateTime.class));
            }
        }
    }

    private static List<OwnerDecision> read(Connection connection, String query) throws SQLException {
        List<OwnerDecision> decisions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ReconciliationRecords.sql(query)); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Decision decision = Decision.of(rows.getString(8)).orElseThrow(() -> new IllegalStateException(
                        "migration.exception holds a decision the table's check should have refused"));
                decisions.add(new OwnerDecision(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), decision, rows.getString(9), rows.getString(10), rows.getString(11),
                        rows.getObject(12, OffsetDateTime.class)));
            }
        }
        return decisions;
    }
}
