package org.switchover.load;

import java.util.Arrays;
import java.util.List;

/**
 * Encodes rows as PostgreSQL binary COPY tuples (int16 field count, then per field int32 length, -1
 * for NULL, and the bytes) with one typed encoder per column, so the server does no text parsing.
 * A row holding a value its column cannot hold gets no bytes and the server's reason instead.
 */
final class BinaryCopyFormat {
    /** Signature, flags (no OIDs), header extension length: sent before the tuples of every COPY. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** A field count of -1 ends the data. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    private static final int SCRATCH_BYTES = 1 << 20;
    /** A scratch buffer grown beyond this is dropped after use rather than kept for the thread's life. */
    private static final int MAX_SCRATCH_BYTES = 16 << 20;
    private static final ThreadLocal<BinaryBuffer> SCRATCH = ThreadLocal.withInitial(() -> new BinaryBuffer(SCRATCH_BYTES));

    private BinaryCopyFormat() {
    }

    /**
     * Every row's tuple, encoded into the thread's scratch buffer and copied once at its exact size.
     *
     * @throws NotBinary a value the JVM cannot type as the server would: send the batch as text
     */
    static EncodedBatch encodeRows(List<Object[]> rows, ColumnEncoder[] encoders) throws NotBinary {
        BinaryBuffer out = SCRATCH.get();
        out.size = 0;
        int[] ends = new int[rows.size()];
        String[] refusals = null;
        try {
            for (int i = 0; i < ends.length; i++) {
                int start = out.size;
                try {
                    row(rows.get(i), encoders, out);
                } catch (ValueRefused refused) {
                    out.size = start;
                    refusals = refusals == null ? new String[ends.length] : refusals;
                    refusals[i] = refused.getMessage();
                }
                ends[i] = out.size;
            }
            return new EncodedBatch(EncodedBatch.Format.BINARY, Arrays.copyOf(out.bytes, out.size), ends, refusals);
        } finally {
            if (out.bytes.length > MAX_SCRATCH_BYTES) {
                SCRATCH.remove(); // an unusually large batch: do not keep its buffer
            }
        }
    }

    private static void row(Object[] values, ColumnEncoder[] encoders, BinaryBuffer out) throws ValueRefused, NotBinary {
        out.putShort(values.length);
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value == null) {
                out.putInt(-1);
            } else if (!TextForms.known(value)) {
                throw new NotBinary("a value of type " + value.getClass().getName());
            } else {
                try {
                    encoders[column].write(value, out);
                } catch (ValueRefused refused) {
                    throw holdsNul(values) ? ValueRefused.nulByte() : refused;
                }
            }
        }
    }

    /**
     * The server checks a row's encoding before any of its columns, so a NUL anywhere in the row is its
     * complaint even when another column is bad too. Text columns find their NULs as they encode.
     */
    private static boolean holdsNul(Object[] values) {
        for (Object value : values) {
            if (value instanceof String text && text.indexOf(0) >= 0) {
                return true;
            }
        }
        return false;
    }
}
