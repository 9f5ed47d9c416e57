package org.switchover.fingerprint;

import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.transform.LegacyType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;

/**
 * How a table is bucketed the first time it is fingerprinted: how many keys share a bucket, from a count of its rows or,
 * for a large integer-keyed table, from the server's estimate and the key's ends. Only the width depends on this; every
 * row is read and hashed either way, and later fingerprints reuse the recorded width.
 */
final class FreshBuckets {
    /** Shared with the extract's progress totals: the server's statistics, never a count. */
    private static final String ESTIMATED_ROWS = "sql/extract/estimated_rows.sql";

    private FreshBuckets() {
    }

    /**
     * Fresh buckets: integer keys in ranges of equal width, other keys by CRC32, about {@link Fingerprinter#ROWS_PER_BUCKET} rows each; an
     * integer-keyed table estimated above {@code estimateAboveRows} rows is sized from the estimate, without a count.
     */
    static TableFingerprint of(Connection connection, String table, String key, String keyType, long estimateAboveRows)
            throws SQLException {
        if (LegacyType.of(keyType) == LegacyType.INTEGER) {
            long estimate = estimatedRows(connection, table);
            if (estimate > estimateAboveRows) {
                return estimatedRanges(connection, table, key, estimate);
            }
        }
        String sql = keyQuery("sql/fingerprint/key_extent.legacy.sql", table, key);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            long rows = row.getLong(1);
            if (LegacyType.of(keyType) != LegacyType.INTEGER) {
                return new TableFingerprint(table, key, TableFingerprint.Bucketing.CRC32, bucketsFor(rows), "", rows, new TreeMap<>());
            }
            return ranges(table, key, rows, rows == 0 ? 1 : row.getLong(3) - row.getLong(2) + 1);
        }
    }

    /** The server's estimate of a table's rows, from its statistics (0 when it has none). */
    private static long estimatedRows(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load(ESTIMATED_ROWS).text())) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /**
     * Range buckets for a large table sized from the server's estimate: the key's ends come from the primary key, so
     * no row is read. An estimate off by a third makes buckets of about 12 or 24 rows instead of 16, nothing more.
     */
    private static TableFingerprint estimatedRanges(Connection connection, String table, String key, long estimate) throws SQLException {
        KeyEnds ends = keyEnds(connection, table, key);
        return ranges(table, key, estimate, ends == null ? 1 : ends.high() - ends.low() + 1);
    }

    /** Integer key ranges of equal width over {@code span} keys, so that {@code rows} rows make about ROWS_PER_BUCKET each. */
    private static TableFingerprint ranges(String table, String key, long rows, long span) {
        long buckets = bucketsFor(rows);
        long width = Math.max(1, (span + buckets - 1) / buckets);
        return new TableFingerprint(table, key, TableFingerprint.Bucketing.RANGE, width, "", rows, new TreeMap<>());
    }

    private static long bucketsFor(long rows) {
        return Math.max(1, (rows + Fingerprinter.ROWS_PER_BUCKET - 1) / Fingerprinter.ROWS_PER_BUCKET);
    }

    /** The smallest and largest key of an integer-keyed table. */
    record KeyEnds(long low, long high) {
    }

    /** The key's ends, read from the primary key (sql/fingerprint/key_bounds.legacy.sql); null for an empty table. */
    static KeyEnds keyEnds(Connection connection, String table, String key) throws SQLException {
        String sql = keyQuery("sql/fingerprint/key_bounds.legacy.sql", table, key);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() && row.getObject(1) != null ? new KeyEnds(row.getLong(1), row.getLong(2)) : null;
        }
    }

    /** A query of one table's key ({table}, {key}), both quoted. */
    private static String keyQuery(String resource, String table, String key) {
        return SqlResource.load(resource).text()
                .replace("{key}", LegacyIdentifiers.quote(key, "key column of " + table))
                .replace("{table}", LegacyIdentifiers.quote(table, "legacy table"));
    }
}
