package org.switchover.fingerprint;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Tables (or parts of one) fingerprinted side by side: each is one query that keeps a legacy core busy. */
    static final int PARALLEL_TABLES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * A table with integer keys and more rows than this is fingerprinted in key ranges of about this many rows, side by
     * side: as one query, the largest table (case_note) kept one core busy for seconds after the others had finished.
     */
    public static final long SPLIT_ROWS = 100_000;
    /**
     * An integer-keyed table the server estimates above this many rows has its fresh buckets sized from that estimate
     * and its key's ends, not from a COUNT(*): InnoDB counts by reading every row, and for case_note that full scan
     * (1.1 s at scale 1) held up the fingerprint before a single bucket was read. The width only decides how many rows
     * share a bucket; the rows and hashes are read in full either way.
     */
    public static final long ESTIMATE_ABOVE_ROWS = 100_000;

    private final ConnectionSpec legacy;
    private final long splitRows;
    private final long estimateAboveRows;

    public Fingerprinter(ConnectionSpec legacy) {
        this(legacy, SPLIT_ROWS, ESTIMATE_ABOVE_ROWS);
    }

    /**
     * @param splitRows         rows above which an integer-keyed table is read in key ranges (tests make it small)
     * @param estimateAboveRows estimated rows above which fresh buckets are sized without a count (tests vary it)
     */
    Fingerprinter(ConnectionSpec legacy, long splitRows, long estimateAboveRows) {
        this.legacy = legacy;
        this.splitRows = splitRows;
        this.estimateAboveRows = estimateAboveRows;
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
        // as many workers as cores even for one table: a large table's parts keep them all busy
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_TABLES);
        try {
            // first each table's columns, bucketing and parts; then every part, the largest first, so no core waits
            // for one long query at the end
            List<Future<TablePlan>> planned = new ArrayList<>();
            tables.forEach((table, key) -> planned.add(workers.submit(() -> plan(table, key,
                    like == null ? null : like.tables().get(table)))));
            List<TablePlan> plans = new ArrayList<>();
            for (Future<TablePlan> plan : planned) {
                plans.add(plan.get());
            }
            List<TablePart> parts = new ArrayList<>();
            plans.forEach(plan -> parts.addAll(plan.parts()));
            parts.sort(java.util.Comparator.comparingLong(TablePart::rows).reversed());
            Map<TablePart, Future<PartResult>> read = new java.util.IdentityHashMap<>();
            parts.forEach(part -> read.put(part, workers.submit(() -> read(part))));
            Map<String, TableFingerprint> done = new LinkedHashMap<>();
            for (TablePlan plan : plans) {
                TreeMap<Long, TableFingerprint.Bucket> buckets = new TreeMap<>();
                long rows = 0;
                for (TablePart part : plan.parts()) {
                    PartResult result = read.get(part).get();
                    buckets.putAll(result.buckets());
                    rows += result.rows();
                }
                done.put(plan.table(), plan.bucketing().with(String.join(", ", plan.columns().keySet()), rows, buckets));
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

    /** How many queries read {@code table} (bucketed as {@code like}, or afresh when null). */
    int partsOf(String table, String key, TableFingerprint like) {
        return plan(table, key, like).parts().size();
    }

    /** A table to fingerprint: its columns, how its rows are bucketed, and the key ranges it is read in. */
    private record TablePlan(String table, Map<String, String> columns, TableFingerprint bucketing, List<TablePart> parts) {
    }

    /** One query of a table's fingerprint: the buckets of the whole table, or of one key range of a large one. */
    private record TablePart(String table, String sql, long rows) {
    }

    private record PartResult(long rows, Map<Long, TableFingerprint.Bucket> buckets) {
    }

    private TablePlan plan(String table, String key, TableFingerprint like) {
        try (Connection connection = Databases.connect(legacy)) {
            Set<String> notNull = new HashSet<>();
            Map<String, String> columns = columns(connection, table, notNull);
            if (!columns.containsKey(key)) {
                throw new IllegalStateException("legacy table " + table + " of " + legacy.identity() + " has no column " + key);
            }
            TableFingerprint bucketing = like != null ? like
                    : FreshBuckets.of(connection, table, key, columns.get(key), estimateAboveRows);
            long rows = bucketing.rowCount(); // the earlier fingerprint's, or the count (or a large table's estimate) just read
            String sql = SqlResource.load("sql/fingerprint/buckets.legacy.sql").text()
                    .replace("{bucket}", bucketing.bucketExpression())
                    .replace("{row}", rowText(table, columns.keySet(), notNull))
                    .replace("{table}", LegacyIdentifiers.quote(table, "legacy table"));
            List<Long> bounds = bucketing.bucketing() == TableFingerprint.Bucketing.RANGE && rows > splitRows
                    ? bounds(connection, table, key, bucketing.bucketSize(), rows) : List.of();
            if (bounds.isEmpty()) {
                return new TablePlan(table, columns, bucketing, List.of(new TablePart(table, sql.replace("{where}", ""), rows)));
            }
            // bounds are positive multiples of the bucket width, so no bucket straddles two parts; the first part takes
            // every key below its bound (and NULL), the last every key from its own: together every row, once
            String quoted = LegacyIdentifiers.quote(key, "key column of " + table);
            List<TablePart> parts = new ArrayList<>();
            for (int i = 0; i <= bounds.size(); i++) {
                String where = i == 0 ? part("first", quoted, bounds.get(0), 0)
                        : i == bounds.size() ? part("last", quoted, bounds.get(i - 1), 0)
                        : part("middle", quoted, bounds.get(i - 1), bounds.get(i));
                parts.add(new TablePart(table, sql.replace("{where}", where), rows / (bounds.size() + 1)));
            }
            return new TablePlan(table, columns, bucketing, parts);
        } catch (SQLException e) {
            throw failure("legacy table " + table + " of", e);
        }
    }

    /** Where the parts of a large table meet: multiples of the bucket width, about splitRows rows apart. */
    private List<Long> bounds(Connection connection, String table, String key, long width, long rows) throws SQLException {
        FreshBuckets.KeyEnds ends = FreshBuckets.keyEnds(connection, table, key);
        if (ends == null) {
            return List.of();
        }
        long low = ends.low();
        long high = ends.high();
        long parts = Math.min(PARALLEL_TABLES * 32L, (rows + splitRows - 1) / splitRows);
        long firstBucket = Math.max(1, Math.floorDiv(low, width) + 1);
        long lastBucket = Math.floorDiv(high, width);
        List<Long> bounds = new ArrayList<>();
        for (long i = 1; i < parts; i++) {
            long bucket = firstBucket + (lastBucket - firstBucket + 1) * i / parts;
            long bound = bucket * width;
            if (bucket > 0 && bucket <= lastBucket && (bounds.isEmpty() || bound > bounds.get(bounds.size() - 1))) {
                bounds.add(bound);
            }
        }
        return bounds;
    }

    private static String part(String which, String quotedKey, long from, long to) {
        return SqlResource.load("sql/fingerprint/part_" + which + ".legacy.sql").statements().get(0)
                .replace("{key}", quotedKey).replace("{from}", Long.toString(from)).replace("{to}", Long.toString(to));
    }

    private PartResult read(TablePart part) {
        try (Connection connection = Databases.connect(legacy);
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(part.sql())) {
            Map<Long, TableFingerprint.Bucket> buckets = new LinkedHashMap<>();
            long rows = 0;
            while (result.next()) {
                buckets.put(result.getLong(1), new TableFingerprint.Bucket(result.getLong(2), result.getString(3)));
                rows += result.getLong(2);
            }
            refuseWarnings(statement, part.table());
            return new PartResult(rows, buckets);
        } catch (SQLException e) {
            throw failure("legacy table " + part.table() + " of", e);
        }
    }

    /**
     * Refuses a fingerprint query the server warned about: a warning means a value was cut or turned into something
     * else on the way to its hash (a row longer than max_allowed_packet hashes as NULL), so two different contents could
     * share a fingerprint. Notes are not warnings and pass.
     */
    private void refuseWarnings(Statement statement, String table) throws SQLException {
        List<String> warnings = new ArrayList<>();
        try (ResultSet said = statement.executeQuery(SqlResource.load("sql/fingerprint/warnings.legacy.sql").text())) {
            while (said.next()) {
                if (!"Note".equalsIgnoreCase(said.getString(1))) {
                    warnings.add(said.getString(3));
                }
            }
        }
        if (!warnings.isEmpty()) {
            throw new IllegalStateException("cannot fingerprint legacy table " + table + " of legacy database "
                    + legacy.identity() + ": the server warned \"" + warnings.get(0) + "\""
                    + (warnings.size() > 1 ? " (and " + (warnings.size() - 1) + " more)" : "")
                    + ": a fingerprint must hash every value whole, or an edit to a value it cut would go unseen; clear"
                    + " the cause on the legacy server (for \"larger than max_allowed_packet\": raise max_allowed_packet"
                    + " above the longest row of " + table + ") and run again");
        }
    }

    /** The table's columns in order, with their data types; those declared NOT NULL are added to {@code notNull}. */
    private static Map<String, String> columns(Connection connection, String table, Set<String> notNull) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/fingerprint/table_columns.legacy.sql").text())) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2));
                    if ("NO".equalsIgnoreCase(rows.getString(3))) {
                        notNull.add(rows.getString(1));
                    }
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("legacy table " + table + " does not exist");
        }
        return columns;
    }

    /**
     * The row's hashed text as sql/fingerprint/row_text.legacy.sql builds it: each column length-prefixed, NULL apart
     * from any text (row_column.legacy.sql), those in {@code notNull} without the nested CONCAT (the same text).
     */
    static String rowText(String table, Iterable<String> columns, Set<String> notNull) {
        String nullable = SqlResource.load("sql/fingerprint/row_column.legacy.sql").statements().get(0);
        String notNullable = SqlResource.load("sql/fingerprint/row_column_not_null.legacy.sql").statements().get(0);
        List<String> flat = new ArrayList<>();
        List<String> definition = new ArrayList<>();
        for (String column : columns) {
            String quoted = LegacyIdentifiers.quote(column, "column of " + table);
            flat.add((notNull.contains(column) ? notNullable : nullable).replace("{column}", quoted));
            definition.add(nullable.replace("{column}", quoted));
        }
        return SqlResource.load("sql/fingerprint/row_text.legacy.sql").statements().get(0)
                .replace("{flat}", String.join(", '|', ", flat)).replace("{definition}", String.join(", ", definition));
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot fingerprint " + what + " legacy database " + legacy.identity() + ": " + e.getMessage(), e);
    }
}
