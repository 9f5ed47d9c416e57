package org.switchover.reconcile;

import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.preflight.LegacyViews;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The legacy database a run read is the only one its reconciliation may compare with what it loaded. Another one, a copy
 * whose records that cannot migrate were closed or deregistered say, holds the same rows and agrees with the target, and
 * would turn the verdict GO. So would a view put in place of a table the run read.
 */
final class RunLegacy {
    private RunLegacy() {
    }

    /**
     * Refuses {@code legacy} unless it is the database run {@code runId} read, as the server names itself; a run made
     * before runs recorded their legacy server has nothing to compare with.
     */
    static void refuseAnother(Connection target, Connection legacy, long runId) throws SQLException {
        try (PreparedStatement query = target.prepareStatement(SqlResource.load("sql/cutover/run_legacy_server.sql").text())) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    return;
                }
                LegacyServer read = new LegacyServer(row.getString(1), row.getString(2));
                LegacyServer given = LegacyServer.of(legacy);
                if (!read.equals(given)) {
                    throw new ConfigurationException("cannot reconcile run " + runId + " against legacy " + given.identity()
                            + ": the run read " + read.identity() + ", and a reconciliation compares the legacy database a run "
                            + "read with what it loaded; give that database's URL, or run dry-run against this one");
                }
            }
        }
        refuseViews(target, legacy, runId);
    }

    /**
     * Refuses a view (or anything else without rows of its own) that now stands where the run read a legacy table: it
     * could leave out of the legacy side the very records that did not migrate (the dry run's preflight refuses one too).
     */
    private static void refuseViews(Connection target, Connection legacy, long runId) throws SQLException {
        Map<String, String> views = LegacyViews.of(legacy);
        try (PreparedStatement query = target.prepareStatement(SqlResource.load("sql/reconcile/run_legacy_tables.sql").text())) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String kind = views.get(rows.getString(1).toLowerCase(Locale.ROOT));
                    if (kind != null) {
                        throw new ConfigurationException("cannot reconcile run " + runId + ": legacy table " + rows.getString(1)
                                + ", which the run read, is now a " + kind + ", not a table; a view can leave out of the legacy "
                                + "side the records that did not migrate; put the table back");
                    }
                }
            }
        }
    }
}
