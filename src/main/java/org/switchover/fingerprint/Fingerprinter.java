package org.switchover.fingerprint;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.LegacyType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Takes fingerprints on the legacy server: per table one GROUP BY over its key buckets (sql/fingerprint/buckets.legacy.sql),
 * with the column list read from the live catalog. A table is bucketed afresh (about {@link #ROWS_PER_BUCKET} rows a
 * bucket) or exactly as an earlier fingerprint bucketed it, so the two compare bucket by bucket.
 */
public final class Fingerprinter {
    /**
     * Rows per bucket when a table is bucketed afresh: a delta re-reads every row of a bucket that changed, so small
     * buckets keep it small; the cost is one row of migration.fingerprint_bucket per bucket.
     */
    public static final int ROWS_PER_BUCKET = 16;
    /** Tables fingerprinted side by side: each is one query that keeps a legacy core busy. */
    static final int PARALLEL_TABLES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final ConnectionSpec legacy;

    public Fingerprinter(ConnectionSpec legacy) {
        this.legacy = legacy;
    }

    /** Every legacy table the mappings read, with its key (the first mapping's), in the mappings' order. */
    public static Map<String, String> tablesOf(MappingSet mappings) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (MappingFile file : mappings.files()) {
            tables.putIfAbsent(file.sourceTable(), file.sourceKey());
        }
        return tables;
    }

    /** A fingerprint of {@code tables} (table to key column), each bucketed as in {@code like} where it has the table. */
    public Fingerprint take(Map<String, String> tables, Fingerprint like) {
        long started = System.nanoTime();
        LegacyServer server;
        Timestamp clock;
        try (Connection connection = Databases.connect(legacy)) {
            server = LegacyServer.of(connection);
            clock = LegacyServer.clock(connection);
        } catch (SQLException e) {
            throw failure("the identity of", e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(PARALLEL_TABLES, Math.max(1, tables.size())));
        try {
            List<Future<TableFingerprint>> futures = new ArrayList<>();
            tables.forEach((table, key) -> futures.add(workers.submit(() -> table(table, key,
                    like == null ? null : like.tables().get(table)))));
            Map<String, TableFingerprint> done = new LinkedHashMap<>();
            for (Future<TableFingerprint> future : futures) {
                TableFingerprint table = future.get();
                done.put(table.table(), table);
            }
            return new Fingerprint(null, server, clock, (System.nanoTime() - started) / 1e9, done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fingerprinting legacy database " + legacy.identity(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private TableFingerprint table(String table, String key, TableFingerprint like) {
        try (Connection connection = Databases.connect(legacy)) {
            Map<String, String> columns = columns(connection, table);
            if (!columns.containsKey(key)) {
                throw new IllegalStateException("legacy table " + table + " of " + legacy.identity() + " has no column " + key);
            }
            TableFingerprint bucketing = like != null ? like : bucketing(connection, table, key, columns.get(key));
            String list = String.join(", ", columns.keySet());
            String sql = SqlResource.load("sql/fingerprint/buckets.legacy.sql").text()
                    .replace("{bucket}", bucketing.bucketExpression())
                    .replace("{columns}", rowText(table, columns.keySet()))
                    .replace("{table}", LegacyIdentifiers.quote(table, "legacy table"));
            TreeMap<Long, TableFingerprint.Bucket> buckets = new TreeMap<>();
            long rows = 0;
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    buckets.put(result.getLong(1), new TableFingerprint.Bucket(result.getLong(2), result.getString(3)));
                    rows += result.getLong(2);
                }
            }
            return bucketing.with(list, rows, buckets);
        } catch (SQLException e) {
            throw failure("legacy table " + table + " of", e);
        }
    }

    /** The table's columns in order, with their data types. */
    private static Map<String, String> columns(Connection connection, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/fingerprint/table_columns.legacy.sql").text())) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("legacy table " + table + " does not exist");
        }
        return columns;
    }

    /** Fresh buckets: integer keys in ranges of equal width, other keys by CRC32, about ROWS_PER_BUCKET rows each. */
    private static TableFingerprint bucketing(Connection connection, String table, String key, String keyType) throws SQLException {
        String sql = SqlResource.load("sql/fingerprint/key_extent.legacy.sql").text()
                .replace("{key}", LegacyIdentifiers.quote(key, "key column of " + table))
                .replace("{table}", LegacyIdentifiers.quote(table, "legacy table"));
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            long rows = row.getLong(1);
            long buckets = Math.max(1, (rows + ROWS_PER_BUCKET - 1) / ROWS_PER_BUCKET);
            if (LegacyType.of(keyType) != LegacyType.INTEGER) {
                return new TableFingerprint(table, key, TableFingerprint.Bucketing.CRC32, buckets, "", 0, new TreeMap<>());
            }
            long span = rows == 0 ? 1 : row.getLong(3) - row.getLong(2) + 1;
            long width = Math.max(1, (span + buckets - 1) / buckets);
            return new TableFingerprint(table, key, TableFingerprint.Bucketing.RANGE, width, "", 0, new TreeMap<>());
        }
    }

    /** Each column as sql/fingerprint/row_column.legacy.sql makes it: length-prefixed, NULL apart from any text. */
    private static String rowText(String table, Iterable<String> columns) {
        String template = SqlResource.load("sql/fingerprint/row_column.legacy.sql").statements().get(0);
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            parts.add(template.replace("{column}", LegacyIdentifiers.quote(column, "column of " + table)));
        }
        return String.join(", ", parts);
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot fingerprint " + what + " legacy database " + legacy.identity() + ": " + e.getMessage(), e);
    }
}
