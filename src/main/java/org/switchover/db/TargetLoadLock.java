package org.switchover.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Held while a dry run, final load or delta writes to a target: a PostgreSQL session-level advisory lock on
 * a connection kept open for the whole load. A second load against the same database is refused at once
 * instead of truncating or interleaving with the first; the lock goes with the session if the JVM dies.
 */
public final class TargetLoadLock implements AutoCloseable {
    /** The advisory lock key: "switchov" in ASCII, so it is recognisable in pg_locks (objid/classid). */
    public static final long LOCK_KEY = 0x7377697463686f76L;
    /**
     * How long a load waits for the lock before refusing: a load killed a moment ago still holds it until its
     * server session notices the closed socket, and a --resume started straight after must not fail on that.
     */
    public static final int WAIT_SECONDS = 5;
    private static final long POLL_MILLIS = 100;

    private final Connection connection;

    private TargetLoadLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock for {@code what} (e.g. "dry run"), or fails naming the target when another load holds it. */
    public static TargetLoadLock acquire(ConnectionSpec target, String what) {
        Connection connection = Databases.connect(target);
        try {
            if (!askUntil(connection, System.nanoTime() + WAIT_SECONDS * 1_000_000_000L)) {
                closeQuietly(connection);
                throw new IllegalStateException("another load is writing to target " + target.identity()
                        + " (advisory lock " + LOCK_KEY + " is held; see pg_locks): the " + what
                        + " was not started; wait for that load to end, or stop it");
            }
            return new TargetLoadLock(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the load lock on target " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    private static boolean askUntil(Connection connection, long deadlineNanos) throws SQLException {
        while (!ask(connection, "sql/run/try_load_lock.sql")) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load(sql).statements().get(0))) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void close() {
        try {
            ask(connection, "sql/run/release_load_lock.sql");
        } catch (SQLException ignored) {
            // closing the session below releases it anyway
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }
}
