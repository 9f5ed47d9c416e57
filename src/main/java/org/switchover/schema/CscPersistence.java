package org.switchover.schema;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether csc is written through PostgreSQL's write-ahead log. A dry run's csc is a rehearsal, loaded again at the
 * next dry run, so its tables are unlogged: the load, its index builds and its foreign-key checks write no WAL. A
 * final load's csc is production and logged. Both are set on the emptied csc, before the first row.
 * <p>
 * The price of unlogged tables is that crash recovery empties them. A dry run's checkpoints live in the logged
 * migration schema and would outlive its rows, so {@link #emptiedByCrash} tells a resume that they no longer match.
 */
public final class CscPersistence {
    /** Why a csc emptied by crash recovery refuses a resume, a delta, a reconciliation and a census return. */
    public static final String WHY_EMPTY = "crash recovery empties a dry run's csc (its tables are unlogged)";
    /**
     * What `status` says of a csc that crash recovery emptied under a dry run's records, and why sign-off, an exception
     * and the final-load gate refuse meanwhile (as they do while a scratch run holds csc: csc no longer holds what the
     * latest dry run's report counted).
     */
    public static final String EMPTIED_BY_CRASH = "emptied by the target server's crash recovery since the last dry run loaded it "
            + "(a dry run's tables are unlogged); no resume, delta, reconciliation, census return, sign-off, exception or final "
            + "load from it: run dry-run again";
    private static final String SET_PERSISTENCE = "sql/target/set_csc_persistence.sql";
    private static final String MARK_EXISTS = "sql/target/unlogged_mark_exists.sql";
    private static final String EMPTIED_QUERY = "sql/target/csc_emptied_by_crash.sql";

    private CscPersistence() {
    }

    /** Makes every csc table unlogged and marks that it is; needs csc empty and its foreign keys set aside. */
    public static void unlogged(Connection connection) throws SQLException {
        set(connection, "UNLOGGED");
    }

    /** Makes every csc table logged; needs csc empty and its foreign keys set aside. */
    public static void logged(Connection connection) throws SQLException {
        set(connection, "LOGGED");
    }

    /** True when csc is unlogged and the server has run crash recovery since it was set so (csc was emptied). */
    public static boolean emptiedByCrash(Connection connection) throws SQLException {
        return answer(connection, MARK_EXISTS) && answer(connection, EMPTIED_QUERY);
    }

    private static boolean answer(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.load(sql).text())) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static void set(Connection connection, String persistence) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // one DO block: its inner ';' do not split it
            statement.execute(SqlResource.load(SET_PERSISTENCE).text().replace("{persistence}", persistence));
        }
    }
}
