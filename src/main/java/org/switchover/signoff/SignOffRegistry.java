package org.switchover.signoff;

import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.reconcile.DecisionRecords;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.reconcile.ReconciliationRecords;
import org.switchover.reconcile.RecordedReconciliation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records sign-offs in the target's migration schema, each bound to one reconciliation (its id and its report's SHA-256),
 * and checks whether each still holds: it lapses when the report's bytes no longer hash to what was signed, the mapping set
 * is no longer the one the signed run used, or a data owner recorded a decision on the signed run after it was signed (a
 * sign-off covers the decisions that existed when it was made).
 */
public final class SignOffRegistry {
    /** Hashes are shown shortened in messages; the full values are in migration.sign_off. */
    static final int SHORT_HASH = 12;

    private final ConnectionSpec target;

    public SignOffRegistry(ConnectionSpec target) {
        this.target = target;
    }

    /**
     * Signs DIR/reconciliation.json as {@code owner} in {@code role}. Refused (ConfigurationException) when the report names
     * no recorded reconciliation of its run, is not GO, was edited after the reconciliation wrote it, the mappings
     * changed since the run ({@code currentMappingHash}), or a decision was recorded on the run after that reconciliation
     * (the report does not show it, so the sign-off could not cover it).
     */
    public SignOff sign(Path reportDir, String owner, String role, String currentMappingHash) {
        if (owner == null || owner.isBlank() || role == null || role.isBlank()) {
            throw new ConfigurationException("a sign-off needs --owner and --role");
        }
        ReconciliationReport report = ReconciliationReport.read(reportDir);
        try (Connection connection = Databases.connect(target)) {
            RunFacts run = run(connection, report.runId());
            RecordedReconciliation signed = reconciliation(connection, report);
            List<String> problems = new ArrayList<>();
            if (!"GO".equals(report.verdict())) {
                problems.add(report.file() + " of run " + report.runId() + " is " + report.verdict() + ": only a GO report can be signed off");
            }
            if (!signed.reportSha256().equals(report.sha256())) {
                problems.add(report.file() + " was edited after reconciliation " + signed.id() + " of run " + report.runId()
                        + " wrote it (sha256 " + shortHash(report.sha256()) + " ≠ " + shortHash(signed.reportSha256()) + ")");
            }
            if (currentMappingHash != null && !currentMappingHash.equals(run.mappingHash())) {
                problems.add("the mapping set changed since run " + report.runId() + " (hash " + shortHash(currentMappingHash)
                        + " ≠ " + shortHash(run.mappingHash()) + "): run a new dry run and sign off its report");
            }
            DecisionRecords.all(connection).stream().filter(d -> d.runId() == report.runId() && d.reconciliationId() >= signed.id())
                    .findFirst().ifPresent(d -> problems.add("exception " + d.id() + " was recorded on run " + report.runId()
                            + " after reconciliation " + signed.id() + " wrote " + report.file() + ", so the report does not show it:"
                            + " reconcile again and sign off the new report"));
            if (!problems.isEmpty()) {
                throw new ConfigurationException(String.join("; ", problems));
            }
            try (PreparedStatement insert = connection.prepareStatement(sql("insert_sign_off"))) {
                insert.setLong(1, report.runId());
                insert.setLong(2, signed.id());
                insert.setString(3, owner.strip());
                insert.setString(4, role.strip());
                insert.setString(5, report.file().toString());
                insert.setString(6, report.sha256());
                insert.setString(7, run.mappingHash());
                insert.setString(8, run.toolkitVersion());
                insert.setString(9, report.verdict());
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    return new SignOff(key.getLong(1), report.runId(), signed.id(), owner.strip(), role.strip(), report.file().toString(),
                            report.sha256(), run.mappingHash(), run.toolkitVersion(), report.verdict(),
                            key.getObject(2, OffsetDateTime.class), key.getLong(3), null);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the sign-off in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /** Every sign-off, oldest first, each checked against its report file, {@code currentMappingHash} and later decisions now. */
    public List<SignOff> all(String currentMappingHash) {
        List<SignOff> signOffs = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(sql("sign_offs"));
             ResultSet rows = statement.executeQuery()) {
            List<OwnerDecision> decisions = DecisionRecords.all(connection);
            while (rows.next()) {
                long reconciliation = rows.getLong(3);
                Long reconciliationId = rows.wasNull() ? null : reconciliation;
                SignOff signOff = new SignOff(rows.getLong(1), rows.getLong(2), reconciliationId, rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                        rows.getObject(11, OffsetDateTime.class), rows.getLong(12), null);
                signOffs.add(check(signOff, currentMappingHash, decisions));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-offs in " + target.identity() + ": " + e.getMessage(), e);
        }
        return signOffs;
    }

    /** Why a sign-off no longer holds, or the sign-off unchanged when it does. */
    static SignOff check(SignOff signOff, String currentMappingHash, List<OwnerDecision> decisions) {
        String now = ReconciliationReport.sha256Of(Path.of(signOff.reportPath()));
        if (now == null) {
            return signOff.lapsed(ReconciliationReport.FILE_NAME + " of run " + signOff.runId() + " is gone from " + signOff.reportPath());
        }
        if (!now.equals(signOff.reportSha256())) {
            return signOff.lapsed(ReconciliationReport.FILE_NAME + " of run " + signOff.runId() + " was edited after signing (sha256 "
                    + shortHash(now) + " ≠ " + shortHash(signOff.reportSha256()) + ", " + signOff.reportPath() + ")");
        }
        if (currentMappingHash != null && !currentMappingHash.equals(signOff.mappingHash())) {
            return signOff.lapsed("the mapping set changed since signing (hash " + shortHash(currentMappingHash) + " ≠ "
                    + shortHash(signOff.mappingHash()) + ")");
        }
        return decisions.stream().filter(d -> d.runId() == signOff.runId() && d.id() > signOff.decisionsThrough()).findFirst()
                .map(d -> signOff.lapsed("a decision was recorded on run " + signOff.runId() + " after signing: " + d.describe()))
                .orElse(signOff);
    }

    static String shortHash(String hash) {
        return hash == null ? "(none)" : hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    private record RunFacts(String mappingHash, String toolkitVersion) {
    }

    private static RunFacts run(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("run_of_report"))) {
            statement.setLong(1, runId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new ConfigurationException("the report names run " + runId + ", which the target database has no record of");
                }
                return new RunFacts(row.getString(3), row.getString(4));
            }
        }
    }

    /** The reconciliation the report names, which must be a recorded reconciliation of the report's run. */
    private static RecordedReconciliation reconciliation(Connection connection, ReconciliationReport report) throws SQLException {
        if (report.reconciliationId() == null) {
            throw new ConfigurationException(report.file() + " names no reconciliation (it was written before reconciliations were "
                    + "recorded): run `switchover reconcile` and sign off its report");
        }
        RecordedReconciliation signed = ReconciliationRecords.byId(connection, report.reconciliationId()).orElseThrow(() ->
                new ConfigurationException("the report names reconciliation " + report.reconciliationId()
                        + ", which the target database has no record of"));
        if (signed.runId() != report.runId()) {
            throw new ConfigurationException(report.file() + " names run " + report.runId() + ", but reconciliation " + signed.id()
                    + " is of run " + signed.runId());
        }
        return signed;
    }

    private static String sql(String name) {
        return SqlResource.load("sql/signoff/" + name + ".sql").statements().get(0);
    }
}
