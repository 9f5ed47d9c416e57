package org.switchover.preflight;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names in the live legacy database that hold no rows of their own (sql/preflight/legacy_views.legacy.sql). A view
 * named like a legacy table can leave rows out of the migration and the reconciliation alike, which would then agree:
 * the preflight and a reconciliation both refuse one.
 */
public final class LegacyViews {
    private LegacyViews() {
    }

    /** Each such name, lower-cased, with what it is, lower-cased ("view"). */
    public static Map<String, String> of(Connection legacy) throws SQLException {
        Map<String, String> views = new HashMap<>();
        try (Statement statement = legacy.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/preflight/legacy_views.legacy.sql").text())) {
            while (rows.next()) {
                views.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return views;
    }
}
