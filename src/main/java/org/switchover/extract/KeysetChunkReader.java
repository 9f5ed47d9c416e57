package org.switchover.extract;

import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A lazy iterator over the chunks of one legacy table, or of one {@link KeyRange} of it: each {@link #next()}
 * runs one keyset query ({@code key > last key AND key <= range end ORDER BY key LIMIT n}), so memory holds one
 * chunk, never the table. Values are read as the text getString gives (zero dates stay "0000-00-00", latin1 decodes as Windows-1252),
 * by {@link ColumnText}; each chunk lists its values with bytes Windows-1252 leaves undefined. The reader owns its connection and closes it when exhausted or closed.
 */
public final class KeysetChunkReader implements Iterator<SourceChunk>, Closeable {
    private final String mappingId;
    private final KeysetChunkQuery query;
    private final int chunkRows;
    private final Connection connection;
    private final PreparedStatement statement;
    /** The range's last key, inclusive; null: the table's end. */
    private final String upToKey;
    private String lastKey;
    private long chunkNumber;
    private SourceChunk pending;
    /** Per column, how its value becomes text (see {@link ColumnText}); decided before the first chunk. */
    private final ColumnText[] decoders;
    private final UndefinedBytesFound undefined = new UndefinedBytesFound();
    private boolean exhausted;

    /** @param chunkRows rows per chunk, at least 1 (the settings check it: SwitchoverSettings#chunkRows) */
    public KeysetChunkReader(Connection connection, MappingPlan plan, int chunkRows) {
        this(connection, plan, chunkRows, null, 0);
    }

    /**
     * A reader that starts after {@code startAfterKey} (null: at the start) and numbers its chunks on
     * from {@code chunksBefore}: how a resumed run continues a mapping after its checkpoint.
     */
    public KeysetChunkReader(Connection connection, MappingPlan plan, int chunkRows, String startAfterKey, long chunksBefore) {
        this(connection, plan, chunkRows, KeyRange.WHOLE, startAfterKey, chunksBefore);
    }

    /**
     * A reader of one key range of the table: from after {@code startAfterKey} (null: the range's start) to the
     * range's end, numbering its chunks on from {@code chunksBefore}. Each range of a split table has its own.
     */
    public KeysetChunkReader(Connection connection, MappingPlan plan, int chunkRows, KeyRange range, String startAfterKey,
                             long chunksBefore) {
        this.lastKey = startAfterKey != null ? startAfterKey : range.afterKey();
        this.upToKey = range.upToKey();
        this.chunkNumber = chunksBefore;
        this.mappingId = plan.mappingId();
        this.query = new KeysetChunkQuery(plan.legacyTable(), plan.keyColumn(), plan.sourceColumns());
        this.chunkRows = chunkRows;
        this.connection = connection;
        try {
            this.statement = connection.prepareStatement(query.chunkSql());
            this.decoders = ColumnText.of(query.columns(), latin1Columns(connection, plan.legacyTable()));
        } catch (SQLException e) {
            closeQuietly();
            throw new ExtractException("cannot prepare the chunk query for legacy table " + plan.legacyTable(), e);
        }
    }

    /** The table's latin1 column names, in lower case (MariaDB's column names are case-insensitive). */
    static Set<String> latin1Columns(Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement latin1 = connection.prepareStatement(KeysetChunkQuery.latin1ColumnsSql())) {
            latin1.setString(1, table);
            try (ResultSet rows = latin1.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /**
     * The server's estimate of the table's rows, for progress totals only: an exact COUNT(*) scans the
     * whole table (a second or more for case notes) before the first chunk could be read. The
     * reconciliation counts exactly. 0 when the server has no estimate.
     */
    public static long estimateRows(Connection connection, MappingPlan plan) {
        try (PreparedStatement estimate = connection.prepareStatement(KeysetChunkQuery.estimateSql())) {
            estimate.setString(1, plan.legacyTable());
            try (ResultSet rows = estimate.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new ExtractException("cannot read the row estimate of legacy table " + plan.legacyTable(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !exhausted) {
            pending = readChunk();
        }
        return pending != null;
    }

    @Override
    public SourceChunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more chunks of legacy table " + query.table());
        }
        SourceChunk chunk = pending;
        pending = null;
        return chunk;
    }

    private SourceChunk readChunk() {
        List<String[]> rows = new ArrayList<>(chunkRows);
        int width = query.columns().size();
        try {
            statement.setString(1, lastKey);
            statement.setString(2, lastKey);
            statement.setString(3, upToKey);
            statement.setString(4, upToKey);
            statement.setInt(5, chunkRows);
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    String[] row = new String[width];
                    undefined.row(rows.size());
                    for (int i = 0; i < width; i++) {
                        row[i] = decoders[i].read(resultSet, i + 1, undefined);
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            close();
            throw new ExtractException("cannot read legacy table " + query.table() + " after key "
                    + (lastKey == null ? "(start)" : lastKey) + ": " + e.getMessage(), e);
        }
        if (rows.size() < chunkRows) {
            // a short chunk is the last one: no need for a query that returns nothing
            close();
        }
        if (rows.isEmpty()) {
            return null;
        }
        lastKey = rows.get(rows.size() - 1)[query.keyIndex()];
        if (lastKey == null) {
            close();
            throw new ExtractException("legacy table " + query.table() + " has a NULL key in column "
                    + query.keyColumn() + "; keyset reading needs a non-null key");
        }
        return new SourceChunk(mappingId, query.columns(), rows, ++chunkNumber, undefined.takeAll());
    }

    @Override
    public void close() {
        exhausted = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException ignored) {
            // the connection close below releases it anyway
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }
}
