package org.switchover.cutover;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.reconcile.LegacySide;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.mapping.MappingSet;
import org.switchover.reconcile.Reconciliation;
import org.switchover.run.LatestLoadInCsc;
import org.switchover.reconcile.ReconciliationRecords;
import org.switchover.reconcile.RecordedReconciliation;
import org.switchover.signoff.ReconciliationReport;
import org.switchover.signoff.SignOff;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.signoff.SignOffRegistry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conditions of the final load, each checked on its own so that a refusal names every unmet one: the target
 * is not production yet; the latest dry run with the current mappings is GO and signed off by every required role;
 * legacy is the database that dry run read and holds what its signed report counted, within the tolerances; the
 * go-live date is today or later; and legacy is frozen ({@link FreezeCheck}).
 */
public final class FinalLoadGate {
    private final SwitchoverSettings settings;
    private final MappingSet mappings;

    public FinalLoadGate(SwitchoverSettings settings, MappingSet mappings) {
        this.settings = settings;
        this.mappings = mappings;
    }

    /**
     * What the gate found: the dry run it judged (or null), the go-live date, every unmet condition, the freeze it
     * judged against and legacy fingerprinted now with the freeze's buckets (null without a freeze).
     */
    public record Verdict(Long dryRunId, LocalDate goLive, List<String> unmet, Fingerprint freeze, Fingerprint legacyNow) {
        public boolean open() {
            return unmet.isEmpty();
        }
    }

    /** The latest dry run with a mapping set, and how it ended; the one place the gate reads a dry run's verdict. */
    record DryRun(long runId, String status, String verdict) {
    }

    /** Checks every condition as of {@code today}. */
    public Verdict check(LocalDate today) {
        ConnectionSpec target = settings.target();
        String mappingHash = mappings.hash();
        List<String> unmet = new ArrayList<>();
        LocalDate goLive = settings.goLive();
        try (Connection connection = Databases.connect(target); Connection legacy = Databases.connectReadOnly(settings.legacy())) {
            productionAlready(connection, unmet);
            checkSet(unmet);
            // the latest full dry run may be signed, but csc no longer holds what was signed: refuse until a full one replaces it
            unmet.addAll(LatestLoadInCsc.refusals(connection, LatestLoadInCsc.NO_RUN));
            DryRun dryRun = latestDryRun(connection, mappingHash);
            if (dryRun == null) {
                unmet.add("no dry run has been made with the current mapping set (hash " + shortHash(mappingHash) + ")");
            } else {
                if (!"SUCCEEDED".equals(dryRun.status())) {
                    unmet.add("the latest dry run with the current mapping set, run " + dryRun.runId() + ", is " + dryRun.status()
                            + ", not SUCCEEDED");
                }
                if (!"GO".equals(dryRun.verdict())) {
                    unmet.add("the latest dry run with the current mapping set, run " + dryRun.runId() + ", has verdict "
                            + (dryRun.verdict() == null ? "none (not reconciled)" : dryRun.verdict()) + ", not GO");
                }
            }
            LegacyServer current = LegacyServer.of(legacy);
            Timestamp legacyNow = LegacyServer.clock(legacy);
            if (dryRun != null) {
                List<SignOff> valid = signOffs(dryRun.runId(), mappingHash, unmet);
                SignedFigures signed = valid.isEmpty() ? null : SignedFigures.read(Path.of(valid.get(0).reportPath()),
                        new LegacySide(settings.checks(), settings.mappings()).headlineChecks());
                new SignedRunCheck(settings).check(connection, legacy, current, dryRun.runId(), signed, unmet);
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
            FreezeCheck.Result freeze = new FreezeCheck(new Fingerprinter(settings.legacy()), Fingerprinter.tablesOf(mappings))
                    .check(connection, legacy, current, legacyNow, settings.freezeTime(), unmet);
            return new Verdict(dryRun == null ? null : dryRun.runId(), goLive, List.copyOf(unmet), freeze.freeze(), freeze.now());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the conditions of the final load on " + target.identity() + " and "
                    + settings.legacy().identity() + ": " + e.getMessage(), e);
        }
    }

    /** The latest dry run with the current mapping set and the verdict of its latest reconciliation, or null. */
    static DryRun latestDryRun(Connection connection, String mappingHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("latest_dry_run.sql"))) {
            statement.setString(1, mappingHash);
            try (ResultSet run = statement.executeQuery()) {
                return run.next() ? new DryRun(run.getLong(1), run.getString(2), latestVerdict(connection, run.getLong(1))) : null;
            }
        }
    }

    /** The verdict of a run is that of its latest reconciliation (migration.reconciliation); null when never reconciled. */
    private static String latestVerdict(Connection connection, long runId) throws SQLException {
        return ReconciliationRecords.latestOf(connection, runId).map(RecordedReconciliation::verdict).orElse(null);
    }

    /**
     * The final load reconciles with at least the configured checks: --checks naming fewer or changed ones could make a
     * NO_GO load GO (more checks only make it stricter).
     */
    private void checkSet(List<String> unmet) {
        Path configured = settings.signOffRules().configuredChecks();
        List<String> missing = Reconciliation.checksNotHeld(configured, settings.checks(), settings.mappings());
        if (!missing.isEmpty()) {
            unmet.add("--checks " + settings.checks() + " lacks or changes " + missing.size() + " of the configured checks in " + configured
                    + " (" + String.join(", ", missing.stream().limit(5).toList()) + (missing.size() > 5 ? ", …" : "")
                    + "): the final load reconciles with at least the configured checks");
        }
    }

    private void productionAlready(Connection connection, List<String> unmet) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("production_status.sql"));
             ResultSet row = statement.executeQuery()) {
            if (row.next() && row.getBoolean(1)) {
                unmet.add("target database " + settings.target().identity() + " is already production (marked by final-load run "
                        + row.getLong(2) + " at " + row.getObject(3) + ")");
            }
        }
    }

    /** Adds one unmet condition per required role without a valid sign-off; returns the valid sign-offs of the run, newest first. */
    private List<SignOff> signOffs(long dryRunId, String mappingHash, List<String> unmet) {
        List<SignOff> ofRun = new SignOffRegistry(settings.target(), SignOffPolicy.of(settings)).all(mappingHash).stream().filter(s -> s.runId() == dryRunId).toList();
        Set<String> signed = new TreeSet<>();
        ofRun.stream().filter(SignOff::valid).forEach(s -> signed.add(s.role().toLowerCase(Locale.ROOT)));
        for (String role : settings.requiredRoles()) {
            if (!signed.contains(role.strip().toLowerCase(Locale.ROOT))) {
                String lapsed = ofRun.stream().filter(s -> !s.valid() && s.role().equalsIgnoreCase(role.strip()))
                        .map(SignOff::describe).reduce((a, b) -> b).map(text -> " (" + text + ")").orElse("");
                unmet.add("dry run " + dryRunId + " has no valid sign-off by the role '" + role.strip() + "'" + lapsed);
            }
        }
        List<SignOff> valid = new ArrayList<>(ofRun.stream().filter(SignOff::valid).toList());
        java.util.Collections.reverse(valid);
        return valid;
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
    }

    private static String sql(String name) {
        return SqlResource.load("sql/cutover/" + name).statements().get(0);
    }
}
