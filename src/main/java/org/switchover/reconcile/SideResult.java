package org.switchover.reconcile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one side's query returned. Convention: the first column is the key (a legacy reference or an
 * id); a column named {@code n} makes a row stand for n items (grouped counts); a column named
 * {@value #NOT_MIGRATED} (legacy side) gives the reason a legacy record cannot migrate, or NULL; every other
 * column is a value of that key. The count is the sum of n, else the number of rows. {@code grouped}: rows carry n.
 */
public final class SideResult {
    /** The legacy query's column that says why a record cannot migrate (a reject reason of its mapping), NULL when it can. */
    public static final String NOT_MIGRATED = "not_migrated";

    /** One key, its values in column order (without n and not_migrated), and why it cannot migrate (null: it can). */
    public record Row(String key, long n, Map<String, String> values, String notMigrated) {
    }

    // kept packed: a reconciliation holds every check's rows until the report is written (PackedRows says why)
    private final PackedRows rows;
    private final boolean grouped;
    private final long count;

    private SideResult(PackedRows rows, boolean grouped, long count) {
        this.rows = rows;
        this.grouped = grouped;
        this.count = count;
    }

    /** Rows that share their value columns (those of the first row), in order. */
    public SideResult(List<Row> rows, boolean grouped) {
        this(pack(rows), grouped, rows.stream().mapToLong(Row::n).sum());
    }

    private static PackedRows pack(List<Row> rows) {
        String[] names = rows.isEmpty() ? new String[0] : rows.get(0).values().keySet().toArray(String[]::new);
        PackedRows.Builder builder = new PackedRows.Builder(names);
        for (Row row : rows) {
            if (!List.of(names).equals(List.copyOf(row.values().keySet()))) {
                throw new IllegalArgumentException("row " + row.key() + " has columns " + row.values().keySet() + ", not "
                        + List.of(names) + " as the first row");
            }
            builder.add(row.key(), row.n(), row.values().values().toArray(String[]::new), row.notMigrated());
        }
        return builder.build();
    }

    /** The rows, unpacked anew on each call: read them once per use. */
    public List<Row> rows() {
        return rows.unpack();
    }

    /** Each row in turn, without holding them all (for writing a long list). */
    public void forEachRow(java.util.function.Consumer<Row> action) {
        rows.forEach(action);
    }

    /** Each row in turn as a cursor over its packed bytes (valid only inside {@code action}), its values never made strings. */
    void forEachPacked(java.util.function.Consumer<PackedRows.Cursor> action) {
        rows.forEachPacked(action);
    }

    /** Each row's key and not-migrated reason in turn, without unpacking its values. */
    public void forEachKey(java.util.function.BiConsumer<String, String> action) {
        rows.forEachKey(action);
    }

    /** The not-migrated reason of each key (null: it can migrate), the key's first row deciding as in {@link #byKey}; unordered. */
    public Map<String, String> reasonsByKey() {
        Map<String, String> reasons = new java.util.HashMap<>(Math.max(16, (int) (rows.size() / 0.75f) + 1));
        rows.forEachKey((key, reason) -> {
            if (!reasons.containsKey(key)) {
                reasons.put(key, reason);
            }
        });
        return reasons;
    }

    /** One value column of each row in turn, NULL included (nothing when the rows have no such column). */
    public void forEachValue(String column, java.util.function.Consumer<String> action) {
        rows.forEachValue(column, action);
    }

    /** The value columns every row has, in order (without n and not_migrated). */
    public List<String> columns() {
        return rows.names();
    }

    /** How many rows (not the count: a grouped row stands for n). */
    public int size() {
        return rows.size();
    }

    /** Whether rows carry n (grouped counts). */
    public boolean grouped() {
        return grouped;
    }

    public long count() {
        return count;
    }

    /** About the heap the rows hold (their packed bytes). */
    long heldBytes() {
        return rows.packedBytes();
    }

    public Map<String, Row> byKey() {
        Map<String, Row> map = new LinkedHashMap<>();
        rows().forEach(row -> map.putIfAbsent(row.key(), row));
        return map;
    }

    /**
     * Each query's time, for profiling a slow reconciliation:
     * {@code -Dorg.slf4j.simpleLogger.log.org.switchover.reconcile.SideResult=debug}.
     */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SideResult.class);

    static SideResult query(Connection connection, String sql, String source) {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int nColumn = 0;
            int reasonColumn = 0;
            for (int i = 2; i <= meta.getColumnCount(); i++) {
                if ("n".equalsIgnoreCase(meta.getColumnLabel(i))) {
                    nColumn = i;
                } else if (NOT_MIGRATED.equalsIgnoreCase(meta.getColumnLabel(i))) {
                    reasonColumn = i;
                }
            }
            if ("n".equalsIgnoreCase(meta.getColumnLabel(1)) && meta.getColumnCount() == 1) {
                nColumn = 1;
            }
            List<String> names = new ArrayList<>();
            for (int i = 2; i <= meta.getColumnCount(); i++) {
                if (i != nColumn && i != reasonColumn) {
                    names.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                }
            }
            String[] shared = names.toArray(String[]::new);
            PackedRows.Builder rows = new PackedRows.Builder(shared);
            long count = 0;
            while (rs.next()) {
                String[] values = new String[shared.length];
                for (int i = 2, v = 0; i <= meta.getColumnCount(); i++) {
                    if (i != nColumn && i != reasonColumn) {
                        values[v++] = rs.getString(i);
                    }
                }
                long n = nColumn == 0 ? 1 : rs.getLong(nColumn);
                count += n;
                rows.add(nColumn == 1 ? "" : rs.getString(1), n, values, reasonColumn == 0 ? null : rs.getString(reasonColumn));
            }
            PackedRows packed = rows.build();
            LOG.debug("query {} ms {} rows {}", (System.nanoTime() - started) / 1_000_000, packed.size(), source);
            return new SideResult(packed, nColumn > 1, count);
        } catch (SQLException e) {
            throw new ReconciliationException(source + ": " + e.getMessage(), e);
        }
    }
}
