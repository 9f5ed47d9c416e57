package org.switchover.signoff;

import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records sign-offs in the target's migration schema and checks whether each still holds: it lapses
 * when the report's bytes no longer hash to what was signed, or the mapping set is no longer the
 * one the signed run used.
 */
public final class SignOffRegistry {
    /** Hashes are shown shortened in messages; the full values are in migration.sign_off. */
    static final int SHORT_HASH = 12;

    private final ConnectionSpec target;

    public SignOffRegistry(ConnectionSpec target) {
        this.target = target;
    }

    /**
     * Signs DIR/reconciliation.json as {@code owner} in {@code role}. Refused (ConfigurationException)
     * when the report names no known run, is not GO, was edited after the reconciliation wrote it, or
     * the mappings changed since the run ({@code currentMappingHash}).
     */
    public SignOff sign(Path reportDir, String owner, String role, String currentMappingHash) {
        if (owner == null || owner.isBlank() || role == null || role.isBlank()) {
            throw new ConfigurationException("a sign-off needs --owner and --role");
        }
        ReconciliationReport report = ReconciliationReport.read(reportDir);
        try (Connection connection = Databases.connect(target)) {
            RunFacts run = run(connection, report.runId());
            List<String> problems = new ArrayList<>();
            if (!"GO".equals(report.verdict())) {
                problems.add(report.file() + " of run " + report.runId() + " is " + report.verdict() + ": only a GO report can be signed off");
            }
            if (run.reportSha256() != null && !run.reportSha256().equals(report.sha256())) {
                problems.add(report.file() + " was edited after the reconciliation of run " + report.runId() + " wrote it (sha256 "
                        + shortHash(report.sha256()) + " ≠ " + shortHash(run.reportSha256()) + ")");
            }
            if (currentMappingHash != null && !currentMappingHash.equals(run.mappingHash())) {
                problems.add("the mapping set changed since run " + report.runId() + " (hash " + shortHash(currentMappingHash)
                        + " ≠ " + shortHash(run.mappingHash()) + "): run a new dry run and sign off its report");
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationException(String.join("; ", problems));
            }
            try (PreparedStatement insert = connection.prepareStatement(sql("insert_sign_off"))) {
                insert.setLong(1, report.runId());
                insert.setString(2, owner.strip());
                insert.setString(3, role.strip());
                insert.setString(4, report.file().toString());
                insert.setString(5, report.sha256());
                insert.setString(6, run.mappingHash());
                insert.setString(7, run.toolkitVersion());
                insert.setString(8, report.verdict());
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    return new SignOff(key.getLong(1), report.runId(), owner.strip(), role.strip(), report.file().toString(),
                            report.sha256(), run.mappingHash(), run.toolkitVersion(), report.verdict(),
                            key.getObject(2, OffsetDateTime.class), null);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the sign-off in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /** Every sign-off, oldest first, each checked against its report file now and {@code currentMappingHash}. */
    public List<SignOff> all(String currentMappingHash) {
        List<SignOff> signOffs = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(sql("sign_offs"));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                SignOff signOff = new SignOff(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                        rows.getObject(10, OffsetDateTime.class), null);
                signOffs.add(check(signOff, currentMappingHash));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-offs in " + target.identity() + ": " + e.getMessage(), e);
        }
        return signOffs;
    }

    /** Why a sign-off no longer holds, or the sign-off unchanged when it does. */
    static SignOff check(SignOff signOff, String currentMappingHash) {
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
        return signOff;
    }

    static String shortHash(String hash) {
        return hash == null ? "(none)" : hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    private record RunFacts(String mappingHash, String toolkitVersion, String reportSha256) {
    }

    private static RunFacts run(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("run_of_report"))) {
            statement.setLong(1, runId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new ConfigurationException("the report names run " + runId + ", which the target database has no record of");
                }
                return new RunFacts(row.getString(3), row.getString(4), row.getString(6));
            }
        }
    }

    private static String sql(String name) {
        return SqlResource.load("sql/signoff/" + name + ".sql").statements().get(0);
    }
}
