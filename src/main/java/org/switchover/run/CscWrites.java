package org.switchover.run;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The note of every statement that writes a csc table (migration.csc_change, V16): a full load arms it, and a run marks
 * how far it had seen when its load ended. {@link LatestLoadInCsc} refuses csc written after the mark of the run that
 * last loaded it, which catches a row edited in place that keeps every count, whether or not it was reconciled again.
 */
public final class CscWrites {
    private static final String WATCH = "sql/target/watch_csc.sql";
    private static final String MARK_LOADED = "sql/run/insert_run_csc_mark.sql";
    private static final String LATEST_MARK = "sql/run/latest_run_csc_mark.sql";
    private static final String WRITTEN_SINCE = "sql/run/csc_written_since_loaded.sql";
    private static final String GUARD_STATE_NOW = "sql/run/csc_guard_state_now.sql";
    private static final String UNWATCHED = "sql/run/csc_unwatched.sql";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private CscWrites() {
    }

    /**
     * Creates again, and enables, what notes writes on csc: the note function and one statement trigger per csc table, and
     * the record function and triggers that keep the notes and marks from being changed.
     */
    public static void arm(Connection target) throws SQLException {
        try (Statement statement = target.createStatement()) {
            statement.execute(SqlResource.load(WATCH).text());
        }
    }

    /** Records that run {@code runId}'s load ended here: every write on csc noted so far is the run's, or older. */
    public static void markLoaded(Connection target, long runId) throws SQLException {
        String guards = guardStateNow(target);
        try (PreparedStatement insert = target.prepareStatement(SqlResource.load(MARK_LOADED).text())) {
            insert.setLong(1, runId);
            insert.setString(2, guards);
            insert.executeUpdate();
        }
    }

    /**
     * Why csc may not be what the run that last loaded it migrated, one line each: a table written after its load ended
     * (unless {@code alreadyNamed} names it), a reconciled run without a mark, the notes' guards changed since the mark,
     * or a table whose writes are not noted.
     */
    static List<String> refusals(Connection target, Set<String> alreadyNamed) throws SQLException {
        List<String> refusals = new ArrayList<>();
        try (Statement statement = target.createStatement(); ResultSet latest = statement.executeQuery(SqlResource.load(LATEST_MARK).text())) {
            if (latest.next()) {
                long run = latest.getLong("run_id");
                long mark = latest.getLong("last_change_id");
                if (latest.wasNull()) {
                    if (latest.getBoolean("reconciled")) {
                        refusals.add("run " + run + " recorded no mark of the writes on csc (it was made by an earlier switchover), "
                                + "so csc cannot be shown unchanged since; run dry-run again");
                    }
                } else {
                    refusals.addAll(writtenSince(target, run, mark, alreadyNamed));
                    guardsChanged(run, latest.getString("guard_state"), guardStateNow(target)).ifPresent(refusals::add);
                }
            }
        }
        try (Statement statement = target.createStatement(); ResultSet unwatched = statement.executeQuery(SqlResource.load(UNWATCHED).text())) {
            while (unwatched.next()) {
                refusals.add("csc." + unwatched.getString("table_name") + " has no enabled switchover_csc_written trigger, so a "
                        + "write to it since the load would not be seen; run dry-run again (a full load arms it)");
            }
        }
        return refusals;
    }

    /** A line for each csc table written after note {@code mark}, run {@code run}'s, unless {@code alreadyNamed} names it. */
    private static List<String> writtenSince(Connection target, long run, long mark, Set<String> alreadyNamed) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement query = target.prepareStatement(SqlResource.load(WRITTEN_SINCE).text())) {
            query.setLong(1, mark);
            try (ResultSet written = query.executeQuery()) {
                while (written.next()) {
                    String table = written.getString("table_name");
                    if (!alreadyNamed.contains(table)) {
                        Timestamp last = written.getTimestamp("last_at");
                        lines.add("csc." + table + " was written after run " + run + " loaded it (" + written.getLong("statements")
                                + " " + written.getString("operations") + " statement(s) by " + written.getString("changed_by")
                                + ", the last at " + WHEN.format(last.toInstant().atOffset(ZoneOffset.UTC)) + "): csc is no longer "
                                + "what the run migrated; no sign-off, exception or final load from it: run dry-run again");
                    }
                }
            }
        }
        return lines;
    }

    /** migration.csc_guard_state now, as sorted lines: what a mark records and what it is compared with. */
    private static String guardStateNow(Connection target) throws SQLException {
        try (Statement statement = target.createStatement(); ResultSet state = statement.executeQuery(SqlResource.load(GUARD_STATE_NOW).text())) {
            state.next();
            return state.getString(1);
        }
    }

    /**
     * The notes' guards as they stood when run {@code runId}'s load ended against how they stand now: a line no longer
     * there is a trigger disabled, replaced or dropped, a function replaced, or a table rewritten or dropped, any of
     * which can hide a write from the notes.
     */
    static Optional<String> guardsChanged(long runId, String then, String now) {
        // copyOf, not of: two catalog rows may print alike (an overload of a guard function made in one transaction)
        Set<String> current = Set.copyOf(Arrays.asList(now.split("\n")));
        List<String> gone = Arrays.stream(then.split("\n")).filter(line -> !line.isEmpty() && !current.contains(line)).toList();
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the guards of the notes of writes on csc changed after run " + runId + " loaded it ("
                + gone.get(0) + " is no longer so" + (gone.size() > 1 ? ", and " + (gone.size() - 1) + " more" : "")
                + "): a trigger was disabled, replaced or dropped, a function replaced or a table rewritten, which can hide a "
                + "write; no sign-off, exception or final load from it: run dry-run again");
    }
}
