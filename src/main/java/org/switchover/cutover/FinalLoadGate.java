package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.reconcile.ReconciliationRecords;
import org.switchover.reconcile.RecordedReconciliation;
import org.switchover.signoff.ReconciliationReport;
import org.switchover.signoff.SignOff;
import org.switchover.signoff.SignOffRegistry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conditions of the final load, each checked on its own so that a refusal names every unmet
 * one: the latest dry run with the current mappings is GO and signed off by every required role,
 * the go-live date is today or later, the legacy database is frozen, and the target is not
 * production yet.
 */
public final class FinalLoadGate {
    /** Legacy tables whose rows carry updated_dt, in rows_after_freeze.legacy.sql order. */
    private static final int FROZEN_TABLES = 10;

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;

    public FinalLoadGate(ConnectionSpec legacy, ConnectionSpec target) {
        this.legacy = legacy;
        this.target = target;
    }

    /** What the gate found: the dry run it judged (or null), and every unmet condition. */
    public record Verdict(Long dryRunId, LocalDate goLive, List<String> unmet) {
        public boolean open() {
            return unmet.isEmpty();
        }
    }

    /**
     * @param goLiveOverride the go-live date from the command line or configuration; null to take the signed report's
     * @param freezeTime     legacy-clock time after which no row may have changed; null is itself an unmet condition
     */
    public Verdict check(String mappingHash, List<String> requiredRoles, LocalDate goLiveOverride, LocalDateTime freezeTime,
                         LocalDate today) {
        List<String> unmet = new ArrayList<>();
        Long dryRunId = null;
        LocalDate goLive = goLiveOverride;
        try (Connection connection = Databases.connect(target)) {
            productionAlready(connection, unmet);
            try (PreparedStatement statement = connection.prepareStatement(sql("latest_dry_run.sql"))) {
                statement.setString(1, mappingHash);
                try (ResultSet run = statement.executeQuery()) {
                    if (!run.next()) {
                        unmet.add("no dry run has been made with the current mapping set (hash " + shortHash(mappingHash) + ")");
                    } else {
                        dryRunId = run.getLong(1);
                        if (!"SUCCEEDED".equals(run.getString(2))) {
                            unmet.add("the latest dry run with the current mapping set, run " + dryRunId + ", is " + run.getString(2)
                                    + ", not SUCCEEDED");
                        }
                        String verdict = latestVerdict(connection, dryRunId);
                        if (!"GO".equals(verdict)) {
                            unmet.add("the latest dry run with the current mapping set, run " + dryRunId + ", has verdict "
                                    + (verdict == null ? "none (not reconciled)" : verdict) + ", not GO");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the runs of " + target.identity() + ": " + e.getMessage(), e);
        }
        if (dryRunId != null) {
            List<SignOff> valid = signOffs(dryRunId, mappingHash, requiredRoles, unmet);
            if (goLive == null) {
                goLive = valid.stream().map(s -> ReconciliationReport.read(Path.of(s.reportPath()).getParent()).goLiveDate())
                        .filter(date -> date != null).findFirst().orElse(null);
            }
        }
        if (goLive == null) {
            unmet.add("no go-live date: give --go-live, goLive in switchover.yml, or sign off a report that has goLiveDate");
        } else if (goLive.isBefore(today)) {
            unmet.add("the go-live date " + goLive + " is in the past (today is " + today + ")");
        }
        frozen(freezeTime, unmet);
        return new Verdict(dryRunId, goLive, List.copyOf(unmet));
    }

    /** The verdict of a run is that of its latest reconciliation (migration.reconciliation); null when never reconciled. */
    private static String latestVerdict(Connection connection, long runId) throws SQLException {
        return ReconciliationRecords.latestOf(connection, runId).map(RecordedReconciliation::verdict).orElse(null);
    }

    private void productionAlready(Connection connection, List<String> unmet) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("production_status.sql"));
             ResultSet row = statement.executeQuery()) {
            if (row.next() && row.getBoolean(1)) {
                unmet.add("target database " + target.identity() + " is already production (marked by final-load run "
                        + row.getLong(2) + " at " + row.getObject(3) + ")");
            }
        }
    }

    /** Adds one unmet condition per required role without a valid sign-off; returns the valid sign-offs of the run. */
    private List<SignOff> signOffs(long dryRunId, String mappingHash, List<String> requiredRoles, List<String> unmet) {
        List<SignOff> ofRun = new SignOffRegistry(target).all(mappingHash).stream().filter(s -> s.runId() == dryRunId).toList();
        Set<String> signed = new TreeSet<>();
        ofRun.stream().filter(SignOff::valid).forEach(s -> signed.add(s.role().toLowerCase(Locale.ROOT)));
        for (String role : requiredRoles) {
            if (!signed.contains(role.strip().toLowerCase(Locale.ROOT))) {
                String lapsed = ofRun.stream().filter(s -> !s.valid() && s.role().equalsIgnoreCase(role.strip()))
                        .map(SignOff::describe).reduce((a, b) -> b).map(text -> " (" + text + ")").orElse("");
                unmet.add("dry run " + dryRunId + " has no valid sign-off by the role '" + role.strip() + "'" + lapsed);
            }
        }
        return ofRun.stream().filter(SignOff::valid).toList();
    }

    private void frozen(LocalDateTime freezeTime, List<String> unmet) {
        if (freezeTime == null) {
            unmet.add("no freeze time: give --freeze-time or freezeTime in switchover.yml (legacy clock, yyyy-mm-ddThh:mm)");
            return;
        }
        List<String> changed = new ArrayList<>();
        try (Connection connection = Databases.connect(legacy);
             PreparedStatement statement = connection.prepareStatement(sql("rows_after_freeze.legacy.sql"))) {
            for (int i = 1; i <= FROZEN_TABLES; i++) {
                statement.setTimestamp(i, Timestamp.valueOf(freezeTime));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(2) > 0) {
                        changed.add(rows.getString(1) + " " + rows.getLong(2) + " (latest " + rows.getString(3) + ")");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the freeze of legacy database " + legacy.identity() + ": " + e.getMessage(), e);
        }
        if (!changed.isEmpty()) {
            unmet.add("the legacy database is not frozen: rows changed after the freeze time " + freezeTime + ": "
                    + String.join(", ", changed));
        }
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
    }

    private static String sql(String name) {
        return SqlResource.load("sql/cutover/" + name).statements().get(0);
    }
}
