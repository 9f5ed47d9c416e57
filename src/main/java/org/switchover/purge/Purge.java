package org.switchover.purge;

import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.ledger.EventLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Replaces the raw values that migration.reject (whole legacy rows: names, dates of birth, NHS numbers, addresses) and
 * migration.lossy_conversion (whole case-note bodies) keep with {@link #MARKER}, for the runs before a given one or for
 * every run up to the final load that made the target production. Keys, reasons, columns and counts stay, so reports and
 * reconciliations still add up; what was purged is recorded as an event in the ledger.
 */
public final class Purge {
    /** What a purged value reads. */
    public static final String MARKER = "[purged]";

    private final ConnectionSpec target;

    public Purge(ConnectionSpec target) {
        this.target = target;
    }

    /** How many rows lost their raw values, and the runs that were purged (those before {@code beforeRun}). */
    public record Result(long rejects, long lossyConversions, long beforeRun) {
    }

    /** Purges the runs before {@code beforeRun}; null = every run up to the final load that made the target production. */
    public Result run(Long beforeRun) {
        try (Connection connection = Databases.connect(target)) {
            long before = beforeRun != null ? beforeRun : afterCutover(connection);
            Result result = new Result(count(connection, "purge_rejects", MARKER, MARKER, before, MARKER, MARKER),
                    count(connection, "purge_lossy", MARKER, before, MARKER), before);
            new EventLog(target).record(null, "purge", "purged", "raw values of " + result.rejects() + " rejects and "
                    + result.lossyConversions() + " lossy conversions of runs before run " + before, null);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge the raw values in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /**
     * When a production target still holds raw values of a run older than {@code retentionDays}: that run's start.
     */
    public Optional<OffsetDateTime> rawValuesOlderThan(int retentionDays) {
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(sql("raw_values_older_than"))) {
            statement.setString(1, MARKER);
            statement.setInt(2, retentionDays);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, OffsetDateTime.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the raw values kept in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    private static long afterCutover(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("after_cutover")); ResultSet row = statement.executeQuery()) {
            long run = row.next() ? row.getLong(1) : 0;
            if (run == 0) {
                throw new ConfigurationException("purge --after-cutover: the target is not production yet (no final load made it so); "
                        + "give --before-run N to purge the runs before run N");
            }
            return run + 1;
        }
    }

    private static long count(Connection connection, String query, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(query))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String sql(String name) {
        return SqlResource.load("sql/purge/" + name + ".sql").statements().get(0);
    }
}
