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
import java.util.List;
import java.util.Set;

/**
 * The note of every statement that writes a csc table (migration.csc_change, V16): a full load arms it, a reconciliation
 * marks how far it had seen before reading csc, and {@link LatestLoadInCsc} refuses csc written after that mark, which
 * catches a row edited in place that keeps every count.
 */
public final class CscWrites {
    private static final String WATCH = "sql/target/watch_csc.sql";
    private static final String LAST_CHANGE = "sql/reconcile/last_csc_change.sql";
    private static final String INSERT_MARK = "sql/reconcile/insert_csc_mark.sql";
    private static final String WRITTEN_SINCE = "sql/run/csc_written_since_reconciled.sql";
    private static final String UNWATCHED = "sql/run/csc_unwatched.sql";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private CscWrites() {
    }

    /** Creates (again) and enables the statement trigger that notes writes on every csc table. */
    public static void arm(Connection target) throws SQLException {
        try (Statement statement = target.createStatement()) {
            statement.execute(SqlResource.load(WATCH).text());
        }
    }

    /** The last write on csc noted so far (0 when none): a reconciliation takes it before its checks read csc. */
    public static long lastNoted(Connection target) throws SQLException {
        try (Statement statement = target.createStatement(); ResultSet row = statement.executeQuery(SqlResource.load(LAST_CHANGE).text())) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Records reconciliation {@code reconciliationId}'s mark, inside the transaction that records the reconciliation. */
    public static void mark(Connection target, long reconciliationId, long lastNoted) throws SQLException {
        try (PreparedStatement insert = target.prepareStatement(SqlResource.load(INSERT_MARK).text())) {
            insert.setLong(1, reconciliationId);
            insert.setLong(2, lastNoted);
            insert.executeUpdate();
        }
    }

    /**
     * Why csc may not be what the latest reconciliation compared, one line each: a table written after its mark (unless
     * {@code alreadyNamed} names it), a table whose writes are not noted, or a reconciliation made without a mark.
     */
    static List<String> refusals(Connection target, Set<String> alreadyNamed) throws SQLException {
        List<String> refusals = new ArrayList<>();
        try (Statement statement = target.createStatement();
             ResultSet written = statement.executeQuery(SqlResource.load(WRITTEN_SINCE).text())) {
            while (written.next()) {
                String table = written.getString("table_name");
                long reconciliation = written.getLong("reconciliation_id");
                if (table == null) {
                    refusals.add("reconciliation " + reconciliation + " recorded no mark of the writes on csc (it was made by an "
                            + "earlier switchover), so csc cannot be shown unchanged since; run dry-run again");
                } else if (!alreadyNamed.contains(table)) {
                    Timestamp last = written.getTimestamp("last_at");
                    refusals.add("csc." + table + " was written after reconciliation " + reconciliation + " read it ("
                            + written.getLong("statements") + " " + written.getString("operations") + " statement(s) by "
                            + written.getString("changed_by") + ", the last at "
                            + WHEN.format(last.toInstant().atOffset(ZoneOffset.UTC)) + "): csc was changed after it was reconciled; "
                            + "no sign-off, exception or final load from it: run dry-run again");
                }
            }
        }
        try (Statement statement = target.createStatement(); ResultSet unwatched = statement.executeQuery(SqlResource.load(UNWATCHED).text())) {
            while (unwatched.next()) {
                refusals.add("csc." + unwatched.getString("table_name") + " has no enabled switchover_csc_written trigger, so a "
                        + "write to it since the reconciliation would not be seen; run dry-run again (a full load arms it)");
            }
        }
        return refusals;
    }
}
