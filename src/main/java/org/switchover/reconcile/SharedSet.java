package org.switchover.reconcile;

import org.switchover.db.LegacyErrorCodes;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A set that several legacy queries read (the episodes by surviving child, say), kept in a temporary table of the
 * legacy session: the first query that needs it on a session builds it, the others read it. Legacy is frozen during a
 * run and a reconciliation's legacy sessions last no longer than it does, so a set built at its start holds for all of
 * its queries; a temporary table is the session's own, and goes with it.
 *
 * @param table  the temporary table's name: the set's name and a hash of {@code create} (see {@link SqlTemplate})
 * @param create the statement that creates and fills it, {@code CREATE TEMPORARY TABLE table ... SELECT ...}
 * @param source the shared set's file, for errors
 */
record SharedSet(String table, String create, String source) {
    private static final SqlResource DROP = SqlResource.load("sql/reconcile/drop_shared_set.legacy.sql");
    private static final SqlResource READ_WRITE = SqlResource.load("sql/legacy/read_write_session.sql");
    private static final SqlResource READ_ONLY = SqlResource.load("sql/legacy/read_only_session.sql");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SharedSet.class);
    // which tables each open session holds; weak, so a closed connection's entry goes with it
    private static final Map<Connection, Set<String>> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    /** Builds on {@code legacy} each of {@code sets} that this session does not hold yet. */
    static void ensure(Connection legacy, List<SharedSet> sets) {
        if (sets.isEmpty()) {
            return;
        }
        // one session runs one query at a time: holding its set while building keeps two threads from building one twice
        Set<String> built = BUILT.computeIfAbsent(legacy, c -> Collections.synchronizedSet(new HashSet<>()));
        synchronized (built) {
            for (SharedSet set : sets) {
                if (!built.contains(set.table())) {
                    set.build(legacy);
                    built.add(set.table());
                }
            }
        }
    }

    private void build(Connection legacy) {
        long started = System.nanoTime();
        try (Statement statement = legacy.createStatement()) {
            // a check's session is read-only (Databases.connectReadOnly), and MariaDB counts a temporary table as a change:
            // writable for this session's own table only, read-only again before any check's query runs on it
            statement.execute(READ_WRITE.text());
            try {
                statement.execute(DROP.text().replace("{table}", table));
                statement.execute(create);
            } finally {
                statement.execute(READ_ONLY.text());
            }
        } catch (SQLException e) {
            String hint = LegacyErrorCodes.accessDenied(e)
                    ? " (the legacy user needs CREATE TEMPORARY TABLES on the legacy database: see `switchover grants`)" : "";
            throw new ReconciliationException(source + ": cannot build the shared set " + table + ": " + e.getMessage() + hint, e);
        }
        LOG.debug("shared set {} built in {} ms ({})", table, (System.nanoTime() - started) / 1_000_000, source);
    }
}
