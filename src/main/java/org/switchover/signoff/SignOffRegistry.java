package org.switchover.signoff;

import org.switchover.config.ConfigurationException;
import org.switchover.config.PlainText;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.ledger.Ledger;
import org.switchover.ledger.LedgerCheck;
import org.switchover.ledger.Invocation;
import org.switchover.reconcile.DecisionRecords;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.reconcile.ReconciliationRecords;
import org.switchover.reconcile.RecordedReconciliation;

import org.switchover.run.RunKind;
import org.switchover.run.LatestLoadInCsc;

import java.nio.file.Path;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records sign-offs in the target's migration schema, each bound to one reconciliation (its id and its report's SHA-256),
 * with its ledger entry, and checks whether each still holds ({@link SignOffValidity}). Only a role the configuration
 * lists may sign, and one owner may not sign in two required roles unless the configuration allows it ({@link SignOffPolicy}).
 */
public final class SignOffRegistry {
    /** Hashes are shown shortened in messages; the full values are in migration.sign_off. */
    static final int SHORT_HASH = 12;

    private final ConnectionSpec target;
    private final SignOffPolicy policy;

    public SignOffRegistry(ConnectionSpec target, SignOffPolicy policy) {
        this.target = target;
        this.policy = policy;
    }

    /**
     * Signs DIR/reconciliation.json as {@code owner} in {@code role}. Refused (ConfigurationException) when the role may not
     * sign, the owner already signed the run in another required role, the report names no recorded reconciliation of its
     * run, is not GO, was edited after the reconciliation wrote it, was made with another check set than the configured one,
     * that reconciliation is not in the ledger as it is now, the mappings changed since the run ({@code currentMappingHash}),
     * or a decision was recorded on the run after that reconciliation (the report does not show it, so the sign-off could not
     * cover it).
     */
    public SignOff sign(Path reportDir, String owner, String role, String currentMappingHash) {
        return sign(reportDir, owner, role, currentMappingHash, SignOff.CLI);
    }

    /**
     * {@link #sign(Path, String, String, String)} made through {@code channel} ({@link SignOff#CLI} or {@link SignOff#BROWSER}),
     * which the record keeps. Refused too when reconciliation.html is missing or is not the page the reconciliation wrote: the
     * owner signs the page they read, so an edited page cannot be signed.
     */
    public SignOff sign(Path reportDir, String owner, String role, String currentMappingHash, String channel) {
        if (owner == null || owner.isBlank() || role == null || role.isBlank()) {
            throw new ConfigurationException("a sign-off needs --owner and --role");
        }
        PlainText.require(owner, "--owner");
        PlainText.require(role, "--role");
        SignOffPolicy.requirePermitted(policy.permittedRoles(), role);
        ReconciliationReport report = ReconciliationReport.read(reportDir);
        try (Connection connection = Databases.connect(target)) {
            RunFacts run = run(connection, report.runId());
            RecordedReconciliation signed = reconciliation(connection, report);
            List<String> problems = new ArrayList<>();
            sameSigner(connection, report.runId(), owner, role, problems);
            if (RunKind.SCRATCH.text().equals(run.kind())) {
                problems.add("run " + report.runId() + " is a scratch run (dry-run --only): a partial load is never signable");
            }
            problems.addAll(LatestLoadInCsc.refusals(connection, report.runId()));
            if (!"GO".equals(report.verdict())) {
                problems.add(report.file() + " of run " + report.runId() + " is " + report.verdict() + ": only a GO report can be signed off");
            }
            if (!signed.reportSha256().equals(report.sha256())) {
                problems.add(report.file() + " was edited after reconciliation " + signed.id() + " of run " + report.runId()
                        + " wrote it (sha256 " + shortHash(report.sha256()) + " ≠ " + shortHash(signed.reportSha256()) + ")");
            }
            htmlProblem(connection, report, signed).ifPresent(problems::add);
            if (policy.checkSetHash() == null) {
                problems.add(policy.checkSetProblem());
            } else if (!policy.checkSetHash().equals(signed.checkSetHash())) {
                problems.add(SignOffValidity.otherCheckSet(signed.id(), signed.checkSetHash(), policy));
            }
            if (!Ledger.check(connection).trusts("reconciliation", signed.id())) {
                problems.add("reconciliation " + signed.id() + " is not in the ledger as it is now: it was written or changed outside "
                        + "the toolkit (switchover status names the break)");
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
            return Ledger.inTransaction(connection, c -> insert(c, report, signed, run, owner.strip(), role.strip(), channel));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the sign-off in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    private static SignOff insert(Connection connection, ReconciliationReport report, RecordedReconciliation signed, RunFacts run,
                                  String owner, String role, String channel) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql("insert_sign_off"))) {
            insert.setLong(1, report.runId());
            insert.setLong(2, signed.id());
            insert.setString(3, owner);
            insert.setString(4, role);
            insert.setString(5, report.file().toString());
            insert.setString(6, report.sha256());
            insert.setString(7, run.mappingHash());
            insert.setString(8, run.toolkitVersion());
            insert.setString(9, report.verdict());
            insert.setString(10, Invocation.osUser());
            insert.setString(11, report.htmlSha256());
            insert.setString(12, channel);
            SignOff signOff;
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                signOff = new SignOff(key.getLong(1), report.runId(), signed.id(), owner, role, report.file().toString(),
                        report.sha256(), run.mappingHash(), run.toolkitVersion(), report.verdict(),
                        key.getObject(2, OffsetDateTime.class), key.getLong(3), Invocation.osUser(), key.getString(4),
                        report.htmlSha256(), channel, null);
            }
            Ledger.append(connection, "sign_off", signOff.id());
            return signOff;
        }
    }

    /** Why reconciliation.html cannot be signed: missing, never recorded, or not the page the reconciliation wrote. */
    private static Optional<String> htmlProblem(Connection connection, ReconciliationReport report, RecordedReconciliation signed)
            throws SQLException {
        Path html = ReconciliationReport.htmlFile(report.file());
        if (report.htmlSha256() == null) {
            return Optional.of("no " + ReconciliationReport.HTML_FILE_NAME + " beside " + report.file() + ": the owner signs the page they read");
        }
        String recorded;
        try (PreparedStatement statement = connection.prepareStatement(sql("recorded_html"))) {
            statement.setLong(1, signed.id());
            try (ResultSet row = statement.executeQuery()) {
                recorded = row.next() ? row.getString(1) : null;
            }
        }
        if (recorded == null) {
            return Optional.of("reconciliation " + signed.id() + " recorded no hash of its " + ReconciliationReport.HTML_FILE_NAME
                    + " (it was made before pages were recorded): reconcile again and sign off the new report");
        }
        if (!recorded.equals(report.htmlSha256())) {
            return Optional.of(html + " was edited after reconciliation " + signed.id() + " of run " + report.runId() + " wrote it (sha256 "
                    + shortHash(report.htmlSha256()) + " ≠ " + shortHash(recorded) + ")");
        }
        return Optional.empty();
    }

    /** One person may not hold two required roles on one run unless the configuration allows it. */
    private void sameSigner(Connection connection, long runId, String owner, String role, List<String> problems) throws SQLException {
        if (policy.allowSameSigner() || !policy.required(role)) {
            return;
        }
        for (SignOff earlier : read(connection)) {
            if (earlier.runId() == runId && SignOffPolicy.person(earlier.owner()).equals(SignOffPolicy.person(owner))
                    && policy.required(earlier.role()) && !earlier.role().strip().equalsIgnoreCase(role.strip())) {
                problems.add(owner.strip() + " already signed off run " + runId + " as '" + earlier.role() + "': one person cannot hold two "
                        + "required roles (allowSameSignerForRoles: true in switchover.yml allows it)");
                return;
            }
        }
    }

    /** Every sign-off, oldest first, each checked now against the ledger, its reconciliation, its report file, the policy,
     * {@code currentMappingHash} and later decisions. */
    public List<SignOff> all(String currentMappingHash) {
        try (Connection connection = Databases.connect(target)) {
            LedgerCheck ledger = Ledger.check(connection);
            List<OwnerDecision> decisions = DecisionRecords.all(connection);
            Map<Long, SignOffValidity.Signed> signed = new HashMap<>();
            List<SignOff> recorded = read(connection, signed);
            return recorded.stream().map(s -> SignOffValidity.check(s, signed.get(s.id()), ledger, policy, currentMappingHash,
                    decisions)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-offs in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    private static List<SignOff> read(Connection connection) throws SQLException {
        return read(connection, new HashMap<>());
    }

    /** The recorded sign-offs, unchecked; {@code signed} receives what each one's reconciliation recorded. */
    private static List<SignOff> read(Connection connection, Map<Long, SignOffValidity.Signed> signed) throws SQLException {
        List<SignOff> signOffs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("sign_offs")); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long reconciliation = rows.getLong(3);
                Long reconciliationId = rows.wasNull() ? null : reconciliation;
                SignOff signOff = new SignOff(rows.getLong(1), rows.getLong(2), reconciliationId, rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                        rows.getObject(11, OffsetDateTime.class), rows.getLong(12), rows.getString(13), rows.getString(14),
                        rows.getString(17), rows.getString(18), null);
                if (rows.getString(15) != null) {
                    signed.put(signOff.id(), new SignOffValidity.Signed(rows.getString(15), rows.getString(16), rows.getString(19)));
                }
                signOffs.add(signOff);
            }
        }
        return signOffs;
    }

    static String shortHash(String hash) {
        return hash == null ? "(none)" : hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    private record RunFacts(String kind, String mappingHash, String toolkitVersion) {
    }

    private static RunFacts run(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("run_of_report"))) {
            statement.setLong(1, runId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new ConfigurationException("the report names run " + runId + ", which the target database has no record of");
                }
                return new RunFacts(row.getString(1), row.getString(3), row.getString(4));
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
