package org.switchover.schema;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What PostgreSQL's catalogs say about one schema: columns with types, primary keys, foreign keys, indexes. */
final class Catalog {
    /** A column's type as information_schema reports it (length/precision null where not applicable). */
    record ColumnType(String dataType, Integer maxLength, Integer precision, Integer scale) {
    }

    /** One foreign key, by its first column. */
    record ForeignKey(String table, String column, String referencedTable, String referencedColumn,
                      int width, boolean deferrable, boolean initiallyDeferred) {
    }

    private Catalog() {
    }

    static Map<String, Map<String, ColumnType>> columns(Connection connection, String schema) throws SQLException {
        Map<String, Map<String, ColumnType>> tables = new LinkedHashMap<>();
        try (ResultSet rs = query(connection, "sql/target/catalog_columns.sql", schema)) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString("table_name"), t -> new LinkedHashMap<>())
                        .put(rs.getString("column_name"), new ColumnType(rs.getString("data_type"),
                                (Integer) rs.getObject("character_maximum_length"),
                                (Integer) rs.getObject("numeric_precision"), (Integer) rs.getObject("numeric_scale")));
            }
        }
        return tables;
    }

    static Map<String, List<String>> primaryKeys(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (ResultSet rs = query(connection, "sql/target/catalog_primary_keys.sql", schema)) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>()).add(rs.getString("column_name"));
            }
        }
        return keys;
    }

    static List<ForeignKey> foreignKeys(Connection connection, String schema) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (ResultSet rs = query(connection, "sql/target/catalog_foreign_keys.sql", schema)) {
            while (rs.next()) {
                keys.add(new ForeignKey(rs.getString("table_name"), rs.getString("column_name"),
                        rs.getString("referenced_table"), rs.getString("referenced_column"), rs.getInt("width"),
                        rs.getBoolean("condeferrable"), rs.getBoolean("condeferred")));
            }
        }
        return keys;
    }

    /** "table.column" for the leading column of every index. */
    static Set<String> indexedLeadingColumns(Connection connection, String schema) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = query(connection, "sql/target/catalog_index_leading_columns.sql", schema)) {
            while (rs.next()) {
                columns.add(rs.getString("table_name") + "." + rs.getString("column_name"));
            }
        }
        return columns;
    }

    static long count(Connection connection, String qualifiedTable) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + qualifiedTable)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ResultSet query(Connection connection, String resource, String schema) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SqlResource.load(resource).text());
        statement.setString(1, schema);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
