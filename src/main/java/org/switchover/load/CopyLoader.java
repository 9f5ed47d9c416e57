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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a {@link TargetBatch} with COPY inside the caller's transaction, in binary format with one typed
 * encoder per column ({@link ColumnEncoder}): a value its column cannot hold is refused in the JVM with
 * the server's message, so the server sees only rows it can type. When the database refuses
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
    /** Column encoders per target table, read from the catalog by the first load of the table. */
    private final Map<String, TargetColumns> tables = new ConcurrentHashMap<>();

    /** A loader for one target database: it remembers the column types of each table it has loaded. */
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
     * Checks the batch's shape and encodes it for COPY: the CPU-heavy half of a load, which needs no
     * connection, so chunks can be encoded side by side while another chunk is being copied. Binary,
     * with each column's encoder, once a load has read the table's column types; until then (the
     * table's first chunks) the batch stays PENDING and its load encodes it.
     */
    public EncodedBatch encode(TargetBatch batch) {
        checkShape(batch);
        TargetColumns columns = tables.get(batch.targetTable());
        return columns == null ? EncodedBatch.pending() : encode(batch, columns);
    }

    /** Binary when every column has an encoder and every value is one the JVM types as the server would; else text. */
    private static EncodedBatch encode(TargetBatch batch, TargetColumns columns) {
        ColumnEncoder[] encoders = columns.forColumns(batch.columns());
        if (encoders != null) {
            try {
                return BinaryCopyFormat.encodeRows(batch.rows(), encoders);
            } catch (NotBinary e) {
                // a value only the server's input function can judge: the whole batch goes as text
            }
        }
        return EncodedBatch.text(CopyTextFormat.encodeRows(batch.rows()));
    }

    /** Loads a batch already encoded by {@link #encode}; otherwise as {@link #load(Connection, TargetBatch, String)}. */
    public LoadOutcome load(Connection connection, TargetBatch batch, EncodedBatch encoded, String legacyTable)
            throws SQLException {
        return load(connection, batch, encoded, legacyTable, CopyMark.NONE);
    }

    /** As {@link #load(Connection, TargetBatch, EncodedBatch, String)}, writing {@code mark} with every COPY that is kept. */
    public LoadOutcome load(Connection connection, TargetBatch batch, EncodedBatch encoded, String legacyTable, CopyMark mark)
            throws SQLException {
        if (batch.size() == 0) {
            return new LoadOutcome(0, List.of());
        }
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("CopyLoader needs a transaction: the connection is in auto-commit mode");
        }
        if (encoded.format() == EncodedBatch.Format.PENDING) {
            checkShape(batch);
            TargetColumns columns = tables.get(batch.targetTable());
            if (columns == null) {
                columns = TargetColumns.read(connection, batch.targetTable());
                tables.putIfAbsent(batch.targetTable(), columns);
            }
            encoded = encode(batch, columns);
        }
        if (encoded.ends().length != batch.size()) {
            throw new IllegalArgumentException("batch for " + batch.targetTable() + ": " + encoded.ends().length
                    + " encoded rows for " + batch.size() + " rows");
        }
        String sql = copyTemplate
                .replace("{table}", TargetIdentifiers.quote(batch.targetTable(), "table"))
                .replace("{columns}", TargetIdentifiers.quoteColumns(batch.columns(), batch.targetTable()))
                .replace("{format}", encoded.format() == EncodedBatch.Format.BINARY ? "binary" : "text");
        Attempt attempt = new Attempt(connection, connection.unwrap(PGConnection.class).getCopyAPI(), sql, encoded,
                batch, legacyTable, mark);
        long loaded = attempt.loadAll();
        return new LoadOutcome(loaded, List.copyOf(attempt.rejects.values()));
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
        send(copyManager, sql, null, bytes, start, end, null);
    }

    /** As above, with {@code header} and {@code trailer} (binary COPY's; null for text) around the bytes. */
    private static void send(CopyManager copyManager, String sql, byte[] header, byte[] bytes, int start, int end,
                             byte[] trailer) throws SQLException {
        CopyIn copyIn = copyManager.copyIn(sql);
        try {
            if (header != null) {
                copyIn.writeToCopy(header, 0, header.length);
            }
            for (int offset = start; offset < end; offset += COPY_BUFFER_BYTES) {
                copyIn.writeToCopy(bytes, offset, Math.min(COPY_BUFFER_BYTES, end - offset));
            }
            if (trailer != null) {
                copyIn.writeToCopy(trailer, 0, trailer.length);
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

    /** One batch's recursive halving; holds the rejects found so far, by row. */
    private static final class Attempt {
        private final Connection connection;
        private final CopyManager copyManager;
        private final String sql;
        private final EncodedBatch encoded;
        private final TargetBatch batch;
        private final String legacyTable;
        private final CopyMark mark;
        /** By row, so the JVM's and the server's rejects come out in row order, as the halving alone gave them. */
        private final SortedMap<Integer, RejectRecord> rejects = new TreeMap<>();

        Attempt(Connection connection, CopyManager copyManager, String sql, EncodedBatch encoded, TargetBatch batch,
                String legacyTable, CopyMark mark) {
            this.connection = connection;
            this.copyManager = copyManager;
            this.sql = sql;
            this.encoded = encoded;
            this.batch = batch;
            this.legacyTable = legacyTable;
            this.mark = mark;
        }

        /** The rows the JVM refused are rejects already (they have no bytes); the others are copied. */
        long loadAll() throws SQLException {
            for (int row = 0; row < batch.size(); row++) {
                if (encoded.refusal(row) != null) {
                    rejects.put(row, reject(row, REASON_INVALID_VALUE, encoded.refusal(row)));
                }
            }
            return loadRange(0, batch.size());
        }

        long loadRange(int from, int to) throws SQLException {
            int start = encoded.start(from);
            int end = encoded.end(to - 1);
            if (start == end) {
                return 0; // every row of the range was refused in the JVM
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                copy(start, end);
                mark.write(connection); // in the savepoint: the mark's xmin is the copied rows' own
                connection.releaseSavepoint(savepoint);
                return to - from - refusedIn(from, to);
            } catch (SQLException e) {
                if (!isDataError(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
                if (to - from == 1) {
                    String reason = e.getSQLState().startsWith("23") ? REASON_CONSTRAINT_VIOLATION : REASON_INVALID_VALUE;
                    rejects.put(from, reject(from, reason, serverMessage(e)));
                    return 0;
                }
                int middle = from + (to - from) / 2;
                return loadRange(from, middle) + loadRange(middle, to);
            }
        }

        private int refusedIn(int from, int to) {
            int refused = 0;
            for (int row = from; encoded.refusals() != null && row < to; row++) {
                refused += encoded.refusal(row) == null ? 0 : 1;
            }
            return refused;
        }

        private void copy(int start, int end) throws SQLException {
            // the rows of a range lie back to back
            if (encoded.format() == EncodedBatch.Format.BINARY) {
                send(copyManager, sql, BinaryCopyFormat.HEADER, encoded.bytes(), start, end, BinaryCopyFormat.TRAILER);
            } else {
                send(copyManager, sql, encoded.bytes(), start, end);
            }
        }

        private RejectRecord reject(int row, String reason, String message) {
            Map<String, String> raw = batch.rawValues() == null || row >= batch.rawValues().size()
                    || batch.rawValues().get(row) == null ? Map.of() : batch.rawValues().get(row);
            return new RejectRecord(legacyTable, batch.targetTable(), legacyKey(batch, row), reason, message, raw);
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
