package org.switchover.fingerprint;

import org.switchover.db.SqlResource;
import org.switchover.load.CopyLoader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Fingerprints in the target's migration schema: one row each, a row per table, a row per bucket. */
public final class FingerprintStore {
    /** A fingerprint taken by `switchover freeze`, of no run. */
    public static final String FREEZE = "freeze";
    /** What a run read: taken at its start. */
    public static final String RUN_START = "run-start";
    /** What legacy held when a final load had loaded. */
    public static final String RUN_END = "run-end";

    private FingerprintStore() {
    }

    /** Stores {@code fingerprint} as {@code kind} of {@code runId} (null for a freeze), on the caller's connection; returns it with its id. */
    public static Fingerprint save(Connection target, Fingerprint fingerprint, String kind, Long runId) throws SQLException {
        long id;
        try (PreparedStatement insert = target.prepareStatement(sql("insert_fingerprint"))) {
            insert.setString(1, kind);
            setRun(insert, 2, runId);
            insert.setString(3, fingerprint.server().server());
            insert.setString(4, fingerprint.server().database());
            insert.setTimestamp(5, fingerprint.legacyClock());
            insert.setBigDecimal(6, BigDecimal.valueOf(fingerprint.seconds()).setScale(3, RoundingMode.HALF_UP));
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                id = key.getLong(1);
            }
        }
        List<Object[]> buckets = new ArrayList<>();
        try (PreparedStatement insert = target.prepareStatement(sql("insert_table"))) {
            for (TableFingerprint table : fingerprint.tables().values()) {
                insert.setLong(1, id);
                insert.setString(2, table.table());
                insert.setString(3, table.keyColumn());
                insert.setString(4, table.bucketing().text());
                insert.setLong(5, table.bucketSize());
                insert.setString(6, table.columns());
                insert.setLong(7, table.rowCount());
                insert.addBatch();
                table.buckets().forEach((bucket, content) -> buckets.add(new Object[] {id, table.table(), bucket, content.rows(), content.hash()}));
            }
            insert.executeBatch();
        }
        CopyLoader.copyRows(target, sql("copy_buckets"), buckets);
        return fingerprint.withId(id);
    }

    /** The latest fingerprint of {@code kind} of run {@code runId} (null: the latest freeze). */
    public static Optional<Fingerprint> latest(Connection target, String kind, Long runId) throws SQLException {
        try (PreparedStatement statement = target.prepareStatement(sql("latest"))) {
            statement.setString(1, kind);
            setRun(statement, 2, runId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(load(target, row.getLong(1))) : Optional.empty();
            }
        }
    }

    static Fingerprint load(Connection target, long id) throws SQLException {
        Map<String, TreeMap<Long, TableFingerprint.Bucket>> buckets = new HashMap<>();
        try (PreparedStatement statement = target.prepareStatement(sql("buckets"))) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                            .put(rows.getLong(2), new TableFingerprint.Bucket(rows.getLong(3), rows.getString(4)));
                }
            }
        }
        Map<String, TableFingerprint> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = target.prepareStatement(sql("tables"))) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    tables.put(table, new TableFingerprint(table, rows.getString(2), TableFingerprint.Bucketing.of(rows.getString(3)),
                            rows.getLong(4), rows.getString(5), rows.getLong(6), buckets.getOrDefault(table, new TreeMap<>())));
                }
            }
        }
        try (PreparedStatement statement = target.prepareStatement(sql("fingerprint"))) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Fingerprint(id, new LegacyServer(row.getString(4), row.getString(5)), row.getTimestamp(6),
                        row.getBigDecimal(7).doubleValue(), tables);
            }
        }
    }

    /** A run id, or NULL for a freeze (of no run). */
    private static void setRun(PreparedStatement statement, int index, Long runId) throws SQLException {
        if (runId == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, runId);
        }
    }

    private static String sql(String name) {
        return SqlResource.load("sql/fingerprint/" + name + ".sql").statements().get(0);
    }
}
