package org.switchover.generate;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one legacy table through batched INSERTs (the connection has rewriteBatchedStatements, so each
 * batch travels as multi-row INSERTs), committing per batch; never one round trip per row.
 */
final class TableWriter implements AutoCloseable {
    static final String INSERTS_SQL = "sql/generate/inserts.sql";
    /** Rows per batch: large enough to amortise round trips, small enough to keep memory flat. */
    static final int BATCH_ROWS = 2_000;
    /** Characters per batch, so batches of long case notes stay well under max_allowed_packet. */
    static final long BATCH_CHARS = 4_000_000;
    private static final Pattern TABLE = Pattern.compile("INSERT INTO (\\w+)");

    private final Connection connection;
    private final String table;
    private final PreparedStatement statement;
    private int pendingRows;
    private long pendingChars;
    private long rows;

    TableWriter(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
        String sql = inserts().get(table);
        if (sql == null) {
            throw new GeneratorException(INSERTS_SQL + " has no INSERT for table " + table);
        }
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Adds one row; values are in the INSERT's column order (Strings, Integers, Longs, BigDecimals or null). */
    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
                if (values[i] instanceof String text) {
                    pendingChars += text.length();
                }
            }
            statement.addBatch();
            pendingRows++;
            rows++;
            if (pendingRows >= BATCH_ROWS || pendingChars >= BATCH_CHARS) {
                flush();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    @Override
    public void close() {
        try {
            flush();
            statement.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void flush() throws SQLException {
        if (pendingRows > 0) {
            statement.executeBatch();
            connection.commit();
            pendingRows = 0;
            pendingChars = 0;
        }
    }

    private GeneratorException failure(SQLException e) {
        return new GeneratorException("writing legacy table " + table + " failed after " + rows + " rows: " + e.getMessage(), e);
    }

    private static Map<String, String> inserts() {
        Map<String, String> byTable = new HashMap<>();
        for (String statement : SqlResource.load(INSERTS_SQL).statements()) {
            Matcher m = TABLE.matcher(statement);
            if (m.find()) {
                byTable.put(m.group(1), statement);
            }
        }
        return byTable;
    }
}
