package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** The audit trail in migration.event: every request, refusal, start, resume and mark of the cutover commands. */
public final class CutoverEvents {
    private final ConnectionSpec target;
    private final String command;

    public CutoverEvents(ConnectionSpec target, String command) {
        this.target = target;
        this.command = command;
    }

    /** Records one event now, in its own transaction; {@code runId} may be null (e.g. a refusal). */
    public void record(Long runId, String action, String detail) {
        try (Connection connection = Databases.connect(target);
             PreparedStatement insert = connection.prepareStatement(SqlResource.load("sql/cutover/insert_event.sql").statements().get(0))) {
            if (runId == null) {
                insert.setNull(1, Types.BIGINT);
            } else {
                insert.setLong(1, runId);
            }
            insert.setString(2, command);
            insert.setString(3, action);
            insert.setString(4, detail);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the " + command + " event '" + action + "' in "
                    + target.identity() + ": " + e.getMessage(), e);
        }
    }
}
