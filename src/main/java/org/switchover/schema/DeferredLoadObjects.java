package org.switchover.schema;

import org.switchover.db.SqlResource;
import org.switchover.load.TargetIdentifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the foreign keys and secondary indexes of csc aside for a bulk load into an empty target, and
 * puts them back afterwards. Maintaining them row by row costs the database more than the COPY itself
 * (a foreign-key trigger per row); building and validating them once after the load is cheaper, and
 * the end state is the same constraints, checked against every row. The record of what was set aside
 * lives in migration.deferred_load_object, so a run that stopped half way is repaired by the next one.
 */
public final class DeferredLoadObjects {
    private static final String DEFER = "sql/target/defer_load_objects.sql";
    private static final String LIST = "sql/target/deferred_load_objects.sql";
    private static final String FORGET = "sql/target/forget_deferred_load_object.sql";
    private static final String ANALYZE = "sql/target/analyze_table.sql";

    private DeferredLoadObjects() {
    }

    /** One object set aside: what it is and the DDL that restores it. */
    public record DeferredObject(String kind, String table, String name, String restoreSql) {
    }

    /** Drops every foreign key and non-unique index of csc, recording each first; autocommits. */
    public static void defer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(DEFER).text());
        }
    }

    /** The objects currently set aside, indexes first. */
    public static List<DeferredObject> pending(Connection connection) throws SQLException {
        List<DeferredObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load(LIST).text())) {
            while (rows.next()) {
                objects.add(new DeferredObject(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return objects;
    }

    /**
     * Recreates every object still set aside (each in its own transaction, so what is back stays back).
     * A foreign key that the loaded rows break fails here, naming it.
     */
    public static void restoreAll(Connection connection) throws SQLException {
        for (DeferredObject object : pending(connection)) {
            restoreOne(connection, object);
        }
    }

    /**
     * Recreates the objects set aside on one table, once it is fully loaded (and, through the load
     * order, every table it references too), then refreshes its planner statistics.
     */
    public static void restoreTable(Connection connection, String table) throws SQLException {
        String qualified = TargetSchema.CSC_SCHEMA + "." + table;
        for (DeferredObject object : pending(connection)) {
            if (object.table().equals(qualified)) {
                restoreOne(connection, object);
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlResource.load(ANALYZE).statements()) {
                statement.execute(sql.replace("{table}", TargetIdentifiers.quote(table, "table")));
            }
        }
    }

    private static void restoreOne(Connection connection, DeferredObject object) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement forget = connection.prepareStatement(SqlResource.load(FORGET).statements().get(0))) {
            statement.execute(object.restoreSql());
            forget.setString(1, object.kind());
            forget.setString(2, object.table());
            forget.setString(3, object.name());
            forget.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("cannot restore " + object.kind().replace('_', ' ') + " " + object.name() + " on "
                    + object.table() + " after the load: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
