package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.reconcile.Decision;
import org.switchover.reconcile.DecisionRecords;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.reconcile.ReconciliationRecords;
import org.switchover.reconcile.RecordedReconciliation;
import org.switchover.signoff.SignOff;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.signoff.SignOffRegistry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cutover runbook for the go-live weekend, from what the target knows: the steps in order, each
 * with its expected duration taken from the last successful runs, the freeze time, the roles
 * whose sign-off of the latest dry run with the current mappings is still missing, and the records
 * the data owners decided to rekey by hand after go-live.
 */
public final class Runbook {
    /** How many recent runs of a kind the expected durations average over. */
    public static final int RECENT_RUNS = 3;

    private Runbook() {
    }

    public static List<String> lines(ConnectionSpec target, String mappingHash, SignOffPolicy policy,
                                     LocalDateTime freezeTime, LocalDate goLive) {
        return plan(target, mappingHash, policy, freezeTime, goLive, null).lines();
    }

    /** The runbook's lines and, with a {@code start}, its timetable (whose lines end the runbook's). */
    public record Plan(List<String> lines, Timetable timetable) {
    }

    /** The runbook; with {@code start} (plan --start) also the timetable by the clock. */
    public static Plan plan(ConnectionSpec target, String mappingHash, SignOffPolicy policy, LocalDateTime freezeTime,
                            LocalDate goLive, LocalDateTime start) {
        List<String> lines = new ArrayList<>();
        Timetable timetable = null;
        try (Connection connection = Databases.connect(target)) {
            Long dryRun = latestDryRun(connection, mappingHash);
            String dryRunTime = expected(connection, "dry-run");
            String deltaTime = expected(connection, "delta");
            lines.add("Cutover runbook for target " + target.identity() + (goLive == null ? "" : ", go-live " + goLive));
            lines.add("Freeze time: " + (freezeTime == null ? "not set: final-load takes the legacy clock `switchover freeze` records" : freezeTime
                    + " (legacy clock); no legacy row may change after it"));
            List<String> missing = missingRoles(target, mappingHash, policy, dryRun);
            lines.add("Sign-offs still missing: " + (missing.isEmpty() ? "none" : missing.size() + ", one role per line")
                    + (dryRun == null ? " (no dry run with the current mappings yet)" : " (for dry run " + dryRun + ")"));
            missing.forEach(role -> lines.add("   - " + role)); // one per line: role names hold commas
            lines.add("");
            lines.add("1. Before the weekend: `switchover dry-run`, then `switchover reconcile`; expected " + dryRunTime
                    + slowest(connection, dryRun) + ".");
            lines.add("2. Data owners sign off the GO report: `switchover sign-off --report-dir DIR --owner NAME --role ROLE`"
                    + " for each required role (below); `switchover status` shows lapsed ones. Expected: minutes per owner.");
            policy.requiredRoles().forEach(role -> lines.add("   - " + role));
            lines.add("3. At the freeze time " + (freezeTime == null ? "(not set)" : freezeTime)
                    + ": lock users out of the legacy system and stop its batch jobs, then `switchover freeze` records the "
                    + "legacy tables' fingerprint. Expected: 15 min.");
            lines.add("4. `switchover final-load" + (freezeTime == null ? "" : " --freeze-time " + freezeTime)
                    + "`: checks every condition (legacy still as frozen, the signed figures), loads, checks legacy again, "
                    + "reconciles, marks the target production; expected " + dryRunTime
                    + " (a full load takes what a dry run takes), plus the reconciliation.");
            lines.add("   If it stops (crash, kill, server restart): `switchover final-load --resume` continues after the last "
                    + "committed chunk; nothing is lost or doubled.");
            lines.add("   Alternative after a full load the week before: `switchover delta --since RUN_ID`; expected " + deltaTime + ".");
            lines.add("5. `switchover status`: the target shows PRODUCTION and the final load's verdict GO. Expected: 1 min.");
            lines.add("6. Open the new system to users; keep the legacy database read-only for reference.");
            List<String> rekey = rekeyTasks(connection, dryRun);
            lines.addAll(rekey);
            if (start != null) {
                long[] slowest = slowestDryRun(connection);
                timetable = Timetable.of(start, slowest == null ? null : slowest[1] / 1000.0, slowest == null ? null : slowest[0],
                        policy.requiredRoles(), rekey.size() - 1);
                lines.add("");
                lines.addAll(timetable.lines());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the runs of " + target.identity() + ": " + e.getMessage(), e);
        }
        return new Plan(lines, timetable);
    }

    /** The slowest of the {@link #RECENT_RUNS} latest successful dry runs: {run id, milliseconds}, or null when none. */
    private static long[] slowestDryRun(Connection connection) throws SQLException {
        long[] slowest = null;
        try (PreparedStatement statement = connection.prepareStatement(sql("recent_durations.sql"))) {
            statement.setString(1, "dry-run");
            statement.setInt(2, RECENT_RUNS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long millis = rows.getBigDecimal(2).movePointRight(3).longValue();
                    if (slowest == null || millis > slowest[1]) {
                        slowest = new long[] {rows.getLong(1), millis};
                    }
                }
            }
        }
        return slowest;
    }

    /**
     * Step 7: the failing records of the latest reconciliation of the dry run that a data owner decided to rekey (a decision
     * in force for the reason the record fails), each a manual task after go-live.
     */
    private static List<String> rekeyTasks(Connection connection, Long dryRun) throws SQLException {
        Optional<RecordedReconciliation> latest = dryRun == null ? Optional.empty() : ReconciliationRecords.latestOf(connection, dryRun);
        List<String> tasks = new ArrayList<>();
        if (latest.isPresent()) {
            Map<String, OwnerDecision> inForce = DecisionRecords.inForce(connection);
            for (ReconciliationRecords.RecordedFinding f : ReconciliationRecords.findings(connection, latest.get().id())) {
                OwnerDecision decision = DecisionRecords.applying(inForce, f.checkId(), f.key(), f.reason());
                if (decision != null && decision.decision() == Decision.REKEY) {
                    tasks.add("   - " + f.checkId() + " record " + f.key() + " (" + (f.legacyRef() == null ? "" : f.legacyRef() + ", ")
                            + f.reason() + "): " + decision.summary());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(tasks.isEmpty() ? "7. After go-live, records to enter by hand in the new system (rekey decisions): none."
                : "7. After go-live, enter by hand in the new system the " + tasks.size() + " record" + (tasks.size() == 1 ? "" : "s")
                + " the data owners decided to rekey (reconciliation " + latest.get().id() + " of dry run " + dryRun + "):");
        lines.addAll(tasks);
        return lines;
    }

    private static List<String> missingRoles(ConnectionSpec target, String mappingHash, SignOffPolicy policy, Long dryRun) {
        Set<String> signed = new TreeSet<>();
        if (dryRun != null) {
            new SignOffRegistry(target, policy).all(mappingHash).stream().filter(s -> s.runId() == dryRun).filter(SignOff::valid)
                    .forEach(s -> signed.add(s.role().toLowerCase(Locale.ROOT)));
        }
        return policy.requiredRoles().stream().filter(role -> !signed.contains(role.strip().toLowerCase(Locale.ROOT))).toList();
    }

    private static Long latestDryRun(Connection connection, String mappingHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("latest_dry_run.sql"))) {
            statement.setString(1, mappingHash);
            try (ResultSet run = statement.executeQuery()) {
                return run.next() ? run.getLong(1) : null;
            }
        }
    }

    /** "about 42 s (mean of runs 7, 5, 3)", or that there is no timing yet. */
    private static String expected(Connection connection, String kind) throws SQLException {
        List<Long> runs = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement statement = connection.prepareStatement(sql("recent_durations.sql"))) {
            statement.setString(1, kind);
            statement.setInt(2, RECENT_RUNS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    runs.add(rows.getLong(1));
                    total = total.add(rows.getBigDecimal(2));
                }
            }
        }
        if (runs.isEmpty()) {
            return "unknown (no successful " + kind + " yet)";
        }
        double mean = total.doubleValue() / runs.size();
        return String.format(Locale.ROOT, "about %s (mean of %s %s)", duration(mean), kind, "runs " + runs.toString().replaceAll("[\\[\\]]", ""));
    }

    private static String slowest(Connection connection, Long runId) throws SQLException {
        if (runId == null) {
            return "";
        }
        List<String> slow = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("slowest_mappings.sql"))) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    slow.add(rows.getString(1) + " " + duration(rows.getDouble(2)));
                }
            }
        }
        return slow.isEmpty() ? "" : "; slowest mappings in run " + runId + ": " + String.join(", ", slow);
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 120 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    private static String sql(String name) {
        return SqlResource.load("sql/cutover/" + name).statements().get(0);
    }
}
