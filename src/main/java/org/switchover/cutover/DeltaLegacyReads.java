package org.switchover.cutover;

import org.switchover.db.SqlResource;
import org.switchover.extract.KeysetChunkQuery;
import org.switchover.fingerprint.TableFingerprint;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.mapping.PersonMapping;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a delta reads from the legacy database: key sets, rows changed since a time, reference values, and rows by key. */
final class DeltaLegacyReads {
    /** Keys per IN list when re-reading rows: one query per this many keys. */
    static final int KEYS_PER_QUERY = 1000;

    private final Connection legacy;

    DeltaLegacyReads(Connection legacy) {
        this.legacy = legacy;
    }

    /** Each legacy person's key to the key it was merged into (null for survivors): the merge chains as they are now. */
    Map<String, String> mergedInto(PersonMapping person) throws SQLException {
        return person == null ? Map.of() : person.merges(legacy);
    }

    Set<String> keys(String table, String key) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement statement = legacy.createStatement(); ResultSet rows = statement.executeQuery(sql("legacy_keys", table, key))) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    boolean hasUpdatedDt(String table) throws SQLException {
        try (PreparedStatement statement = legacy.prepareStatement(SqlResource.load("sql/delta/has_updated_dt.legacy.sql").statements().get(0))) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        }
    }

    /** Keys of rows whose updated_dt is at or after {@code since} (whole seconds: the same second counts). */
    Set<String> updatedSince(String table, String key, Timestamp since) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement statement = legacy.prepareStatement(sql("updated_since", table, key))) {
            statement.setTimestamp(1, since);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** Keys of the rows of a fingerprinted table that fall in {@code buckets}. */
    Set<String> keysInBuckets(TableFingerprint table, List<Long> buckets) throws SQLException {
        Set<String> keys = new HashSet<>();
        String query = sql("keys_in_buckets", table.table(), table.keyColumn(), "sql/fingerprint/")
                .replace("{bucket}", table.bucketExpression())
                .replace("{buckets}", String.join(",", buckets.stream().map(String::valueOf).toList()));
        try (Statement statement = legacy.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    /** Key to the values of {@code columns} for every row of the table. */
    Map<String, String[]> values(String table, String key, List<String> columns) throws SQLException {
        List<String> selected = new ArrayList<>(List.of(key));
        selected.addAll(columns);
        String query = SqlResource.load("sql/delta/ref_values.legacy.sql").statements().get(0)
                .replace("{columns}", LegacyIdentifiers.quoteColumns(selected, table))
                .replace("{table}", LegacyIdentifiers.quote(table, "legacy table"));
        Map<String, String[]> values = new HashMap<>();
        try (Statement statement = legacy.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                String[] row = new String[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.getString(i + 2);
                }
                values.put(rows.getString(1), row);
            }
        }
        return values;
    }

    /** The mapping's legacy rows of {@code keys}, as chunks of at most {@link #KEYS_PER_QUERY} rows in key order. */
    List<SourceChunk> rows(MappingPlan plan, Set<String> keys) throws SQLException {
        KeysetChunkQuery query = new KeysetChunkQuery(plan.legacyTable(), plan.keyColumn(), plan.sourceColumns());
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        List<SourceChunk> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += KEYS_PER_QUERY) {
            List<String> batch = sorted.subList(from, Math.min(sorted.size(), from + KEYS_PER_QUERY));
            String text = SqlResource.load("sql/delta/rows_by_key.legacy.sql").statements().get(0)
                    .replace("{columns}", LegacyIdentifiers.quoteColumns(query.columns(), plan.legacyTable()))
                    .replace("{table}", LegacyIdentifiers.quote(plan.legacyTable(), "legacy table"))
                    .replace("{key}", LegacyIdentifiers.quote(plan.keyColumn(), "key column of " + plan.legacyTable()))
                    .replace("{placeholders}", String.join(",", Collections.nCopies(batch.size(), "?")));
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement statement = legacy.prepareStatement(text)) {
                for (int i = 0; i < batch.size(); i++) {
                    statement.setString(i + 1, batch.get(i));
                }
                try (ResultSet resultSet = statement.executeQuery()) {
                    while (resultSet.next()) {
                        String[] row = new String[query.columns().size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = resultSet.getString(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            if (!rows.isEmpty()) {
                chunks.add(new SourceChunk(plan.mappingId(), query.columns(), rows, chunks.size() + 1));
            }
        }
        return chunks;
    }

    private static String sql(String name, String table, String key) {
        return sql(name, table, key, "sql/delta/");
    }

    private static String sql(String name, String table, String key, String directory) {
        return SqlResource.load(directory + name + ".legacy.sql").statements().get(0)
                .replace("{table}", LegacyIdentifiers.quote(table, "legacy table"))
                .replace("{key}", LegacyIdentifiers.quote(key, "key column of " + table));
    }
}
