package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.db.TargetLoadLock;
import org.switchover.run.RunKind;
import org.switchover.run.ScratchRuns;
import org.switchover.schema.CscPersistence;
import org.switchover.signoff.SignOff;
import org.switchover.ledger.LedgerCheck;
import org.switchover.ledger.LedgerStore;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.signoff.SignOffRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of `switchover status`: whether the target is production, then each run with the verdict of its latest
 * reconciliation and its sign-offs, each with the reconciliation it signed. A run still RUNNING whose process has
 * gone (no load holds the target's advisory lock for it) is INTERRUPTED.
 */
public final class StatusReport {
    /** How status shows a run whose process has gone without ending it. */
    public static final String INTERRUPTED = "INTERRUPTED (resume with --resume)";
    private static final String RUNNING = "RUNNING";

    private StatusReport() {
    }

    /** {@link #lines(ConnectionSpec, String, SignOffPolicy, LedgerCheck)} with the target's ledger checked now. */
    public static List<String> lines(ConnectionSpec target, String currentMappingHash, SignOffPolicy policy) {
        return lines(target, currentMappingHash, policy, new LedgerStore(target).check());
    }

    /**
     * Lines to print: the ledger's check first, then the runs; sign-offs are checked against the ledger, their report files,
     * {@code policy} and {@code currentMappingHash} now.
     */
    public static List<String> lines(ConnectionSpec target, String currentMappingHash, SignOffPolicy policy, LedgerCheck ledger) {
        List<String> lines = new ArrayList<>();
        lines.add(ledger.summary());
        ledger.problems().stream().skip(1).forEach(problem -> lines.add("    also: " + problem));
        List<SignOff> signOffs = new SignOffRegistry(target, policy).all(currentMappingHash);
        try (Connection connection = Databases.connect(target)) {
            try (PreparedStatement statement = connection.prepareStatement(sql("production_status.sql"));
                 ResultSet row = statement.executeQuery()) {
                boolean production = row.next() && row.getBoolean(1);
                lines.add("target " + target.identity() + ": " + (production
                        ? "PRODUCTION since " + row.getObject(3, OffsetDateTime.class).truncatedTo(ChronoUnit.SECONDS)
                        + " (final-load run " + row.getLong(2) + ")" : "not production"));
            }
            lines.add("current mapping set: " + currentMappingHash);
            ScratchRuns.inCsc(connection).ifPresent(scratch -> lines.add("csc: " + ScratchRuns.refusal(scratch)));
            if (CscPersistence.emptiedByCrash(connection)) {
                lines.add("csc: " + CscPersistence.EMPTIED_BY_CRASH);
            }
            boolean lockHeld = loadLockHeld(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql("runs.sql"));
                 ResultSet runs = statement.executeQuery()) {
                boolean newestRunning = true;
                while (runs.next()) {
                    long runId = runs.getLong(1);
                    boolean running = RUNNING.equals(runs.getString(3));
                    // only one load runs at a time: the lock, if held, is the newest running run's
                    lines.add(runLine(runs, currentMappingHash, policy, running && !(lockHeld && newestRunning)));
                    newestRunning &= !running;
                    signOffs.stream().filter(s -> s.runId() == runId)
                            .forEach(s -> lines.add("    " + s.describe() + (s.reconciliationId() == null ? "" : ", of reconciliation "
                                    + s.reconciliationId()) + ", signed " + s.signedAt().truncatedTo(ChronoUnit.SECONDS)
                                    + (s.osUser() == null ? "" : " by OS user " + s.osUser() + " as database user " + s.dbUser())
                                    + (s.channel() == null ? "" : SignOff.BROWSER.equals(s.channel()) ? ", in the browser" : ", with the sign-off command")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the runs of " + target.identity() + ": " + e.getMessage(), e);
        }
        return lines;
    }

    private static String runLine(ResultSet run, String currentMappingHash, SignOffPolicy policy, boolean interrupted) throws SQLException {
        StringBuilder line = new StringBuilder("run ").append(run.getLong(1)).append(' ').append(run.getString(2))
                .append(' ').append(interrupted ? INTERRUPTED : run.getString(3))
                .append(" started ").append(run.getObject(4, OffsetDateTime.class).truncatedTo(ChronoUnit.SECONDS));
        OffsetDateTime ended = run.getObject(5, OffsetDateTime.class);
        if (ended != null) {
            line.append(" ended ").append(ended.truncatedTo(ChronoUnit.SECONDS));
        }
        if (RunKind.SCRATCH.text().equals(run.getString(2))) {
            line.append(" PARTIAL (dry-run --only, never signable)");
        }
        line.append(" verdict ").append(run.getString(6) == null ? "(not reconciled)"
                : run.getObject(11) == null ? run.getString(6) : run.getString(6) + " (reconciliation " + run.getLong(11) + ")");
        if (run.getString(13) != null && !run.getString(13).equals(policy.checkSetHash())) {
            line.append(" made with ANOTHER CHECK SET than the configured one (cannot be signed)");
        }
        line.append(currentMappingHash.equals(run.getString(7)) ? ", current mappings" : ", other mappings " + shortHash(run.getString(7)));
        if (run.getInt(8) > 0) {
            line.append(", resumed ").append(run.getInt(8)).append("x");
        }
        if (run.getObject(9) != null) {
            line.append(", delta since run ").append(run.getLong(9));
        }
        if (run.getString(10) != null) {
            line.append(", failure: ").append(run.getString(10).lines().findFirst().orElse(""));
        }
        if (run.getString(12) != null) {
            line.append(", NO_GO because ").append(run.getString(12).lines().findFirst().orElse(""));
        }
        return line.toString();
    }

    /** Whether a load holds the target's advisory lock now (TargetLoadLock). */
    private static boolean loadLockHeld(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("load_lock_held.sql"))) {
            statement.setLong(1, TargetLoadLock.LOCK_KEY >>> 32);
            statement.setLong(2, TargetLoadLock.LOCK_KEY & 0xffffffffL);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
    }

    private static String sql(String name) {
        return SqlResource.load("sql/cutover/" + name).statements().get(0);
    }
}
