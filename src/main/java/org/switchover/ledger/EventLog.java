package org.switchover.ledger;

import org.switchover.config.ToolkitVersion;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * migration.event, the audit trail: each event is written with its ledger entry in one transaction, carrying the OS
 * user, the database users, the host and the toolkit version beside what was done.
 */
public final class EventLog {
    private final ConnectionSpec target;

    public EventLog(ConnectionSpec target) {
        this.target = target;
    }

    /** One recorded event, as `status --events` lists it. */
    public record Event(long id, OffsetDateTime at, String command, String action, Long runId, String detail, String options,
                        String osUser, String dbUsers, String host, String toolkitVersion) {
        public String describe() {
            return "event " + id + " " + at + " " + command + " " + action + (runId == null ? "" : " run " + runId)
                    + (detail == null ? "" : ": " + detail) + (options == null || options.isEmpty() ? "" : "; options " + options)
                    + "; by " + osUser + " as " + dbUsers + " on " + host + ", toolkit " + toolkitVersion;
        }
    }

    /** Records one event now, in its own transaction with its ledger entry; {@code runId} may be null; returns its id. */
    public long record(Long runId, String command, String action, String detail, Invocation invocation) {
        try (Connection connection = Databases.connect(target)) {
            return Ledger.inTransaction(connection, c -> {
                long id;
                try (PreparedStatement insert = c.prepareStatement(sql("insert_event"))) {
                    if (runId == null) {
                        insert.setNull(1, Types.BIGINT);
                    } else {
                        insert.setLong(1, runId);
                    }
                    insert.setString(2, command);
                    insert.setString(3, action);
                    insert.setString(4, detail);
                    insert.setString(5, invocation == null ? null : invocation.options());
                    insert.setString(6, Invocation.osUser());
                    insert.setString(7, invocation == null || invocation.legacyUser() == null ? "" : ", legacy " + invocation.legacyUser());
                    insert.setString(8, Invocation.host());
                    insert.setString(9, ToolkitVersion.current());
                    try (ResultSet key = insert.executeQuery()) {
                        key.next();
                        id = key.getLong(1);
                    }
                }
                Ledger.append(c, "event", id);
                return id;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the " + command + " event '" + action + "' in "
                    + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /** Every event, oldest first. */
    public List<Event> all() {
        List<Event> events = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(sql("events"));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long run = rows.getLong(5);
                Long runId = rows.wasNull() ? null : run;
                events.add(new Event(rows.getLong(1), rows.getObject(2, OffsetDateTime.class), rows.getString(3), rows.getString(4), runId,
                        rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of " + target.identity() + ": " + e.getMessage(), e);
        }
        return events;
    }

    private static String sql(String name) {
        return SqlResource.load("sql/ledger/" + name + ".sql").statements().get(0);
    }
}
