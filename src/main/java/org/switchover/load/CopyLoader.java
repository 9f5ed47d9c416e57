package org.switchover.load;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.switchover.db.SqlResource;
import org.switchover.pipeline.RejectRecord;
import org.switchover.pipeline.TargetBatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@link TargetBatch} with COPY inside the caller's transaction. When the database refuses
 * the batch for a data or constraint error (SQLState class 22 or 23), it rolls back to a savepoint,
 * splits the batch in halves and retries, until each refused row stands alone and becomes a
 * {@link RejectRecord}; the rest loads. Any other error (connection lost, missing table) propagates.
 */
public final class CopyLoader {
    /** Reason code of a row refused by a constraint (primary key, foreign key, check, not null). */
    public static final String REASON_CONSTRAINT_VIOLATION = "constraint_violation";
    /** Reason code of a row holding a value the column type refuses. */
    public static final String REASON_INVALID_VALUE = "invalid_value";
    /** Bytes sent per COPY data message: big enough to keep round trips few, small enough to stay out of the way. */
    static final int COPY_BUFFER_BYTES = 256 * 1024;
    private static final String COPY_TEMPLATE = "sql/load/copy_in.sql";

    private final String copyTemplate;

    public CopyLoader() {
        this.copyTemplate = SqlResource.load(COPY_TEMPLATE).statements().get(0);
    }

    /**
     * Loads the batch on {@code connection}, which must not be in auto-commit mode (the caller
     * commits). {@code legacyTable} names the source in the rejects.
     */
    public LoadOutcome load(Connection connection, TargetBatch batch, String legacyTable) throws SQLException {
        return load(connection, batch, encode(batch), legacyTable);
    }

    /**
     * Checks the batch's shape and encodes it as COPY text: the CPU-heavy half of a load, which needs
     * no connection, so chunks can be encoded side by side while another chunk is being copied.
     */
    public CopyTextFormat.EncodedRows encode(TargetBatch batch) {
        checkShape(batch);
        return CopyTextFormat.encodeRows(batch.rows());
    }

    /** Loads a batch already encoded by {@link #encode}; otherwise as {@link #load(Connection, TargetBatch, String)}. */
    public LoadOutcome load(Connection connection, TargetBatch batch, CopyTextFormat.EncodedRows lines, String legacyTable)
            throws SQLException {
        if (batch.size() == 0) {
            return new LoadOutcome(0, List.of());
        }
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("CopyLoader needs a transaction: the connection is in auto-commit mode");
        }
        if (lines.ends().length != batch.size()) {
            throw new IllegalArgumentException("batch for " + batch.targetTable() + ": " + lines.ends().length
                    + " encoded lines for " + batch.size() + " rows");
        }
        String sql = copyTemplate
                .replace("{table}", TargetIdentifiers.quote(batch.targetTable(), "table"))
                .replace("{columns}", TargetIdentifiers.quoteColumns(batch.columns(), batch.targetTable()));
        Attempt attempt = new Attempt(connection, connection.unwrap(PGConnection.class).getCopyAPI(), sql, lines,
                batch, legacyTable);
        long loaded = attempt.loadRange(0, batch.size());
        return new LoadOutcome(loaded, List.copyOf(attempt.rejects));
    }

    private static void checkShape(TargetBatch batch) {
        int width = batch.columns().size();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.rows().get(i).length != width) {
                throw new IllegalArgumentException("batch for " + batch.targetTable() + ": row " + i + " (legacy key "
                        + legacyKey(batch, i) + ") has " + batch.rows().get(i).length + " values for " + width + " columns");
            }
        }
    }

    /**
     * Copies rows that need no reject handling (the run's own records) with one COPY on the caller's
     * transaction: {@code copySql} is a complete COPY ... FROM STDIN (FORMAT text) statement.
     */
    public static void copyRows(Connection connection, String copySql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = CopyTextFormat.encodeRows(rows).bytes();
        send(connection.unwrap(PGConnection.class).getCopyAPI(), copySql, bytes, 0, bytes.length);
    }

    /** Sends bytes [start, end) as one COPY, in slices of at most COPY_BUFFER_BYTES; a failed COPY is cancelled. */
    private static void send(CopyManager copyManager, String sql, byte[] bytes, int start, int end) throws SQLException {
        CopyIn copyIn = copyManager.copyIn(sql);
        try {
            for (int offset = start; offset < end; offset += COPY_BUFFER_BYTES) {
                copyIn.writeToCopy(bytes, offset, Math.min(COPY_BUFFER_BYTES, end - offset));
            }
            copyIn.endCopy();
        } catch (SQLException e) {
            cancelIfActive(copyIn, e);
            throw e;
        }
    }

    private static void cancelIfActive(CopyIn copyIn, SQLException cause) {
        if (copyIn.isActive()) {
            try {
                copyIn.cancelCopy();
            } catch (SQLException cancelFailure) {
                cause.addSuppressed(cancelFailure);
            }
        }
    }

    static boolean isDataError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private static String legacyKey(TargetBatch batch, int row) {
        return batch.legacyKeys() == null || row >= batch.legacyKeys().size() ? null : batch.legacyKeys().get(row);
    }

    /** One batch's recursive halving; holds the rejects found so far. */
    private static final class Attempt {
        private final Connection connection;
        private final CopyManager copyManager;
        private final String sql;
        private final CopyTextFormat.EncodedRows lines;
        private final TargetBatch batch;
        private final String legacyTable;
        private final List<RejectRecord> rejects = new ArrayList<>();

        Attempt(Connection connection, CopyManager copyManager, String sql, CopyTextFormat.EncodedRows lines, TargetBatch batch,
                String legacyTable) {
            this.connection = connection;
            this.copyManager = copyManager;
            this.sql = sql;
            this.lines = lines;
            this.batch = batch;
            this.legacyTable = legacyTable;
        }

        long loadRange(int from, int to) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                copy(from, to);
                connection.releaseSavepoint(savepoint);
                return to - from;
            } catch (SQLException e) {
                if (!isDataError(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
                if (to - from == 1) {
                    rejects.add(reject(from, e));
                    return 0;
                }
                int middle = from + (to - from) / 2;
                return loadRange(from, middle) + loadRange(middle, to);
            }
        }

        private void copy(int from, int to) throws SQLException {
            // the lines of a range lie back to back
            send(copyManager, sql, lines.bytes(), lines.start(from), lines.end(to - 1));
        }

        private RejectRecord reject(int row, SQLException e) {
            String reason = e.getSQLState().startsWith("23") ? REASON_CONSTRAINT_VIOLATION : REASON_INVALID_VALUE;
            Map<String, String> raw = batch.rawValues() == null || row >= batch.rawValues().size()
                    || batch.rawValues().get(row) == null ? Map.of() : batch.rawValues().get(row);
            return new RejectRecord(legacyTable, batch.targetTable(), legacyKey(batch, row), reason, serverMessage(e), raw);
        }

        /** The server's primary message only: the COPY context line would repeat the row's values. */
        private static String serverMessage(SQLException e) {
            if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getMessage() != null) {
                return psql.getServerErrorMessage().getMessage();
            }
            String text = e.getMessage() == null ? e.getSQLState() : e.getMessage();
            return text.lines().findFirst().orElse(text);
        }
    }
}
