package org.switchover.load;

/**
 * A batch encoded for COPY: each row's bytes back to back, row i at [start(i), end(i)), so any run of
 * rows can be sent alone when the server refuses a batch and it is halved. {@code refusals} holds, per
 * row, the reason the JVM refused its value (the row has no bytes), or is null when none was refused.
 * A PENDING batch has no bytes yet: its table's column types were unknown, and the load encodes it.
 */
public record EncodedBatch(Format format, byte[] bytes, int[] ends, String[] refusals) {
    /** How the rows were encoded. */
    public enum Format {
        /** PostgreSQL binary COPY tuples; the header and trailer are added per COPY. */
        BINARY,
        /** COPY text lines. */
        TEXT,
        /** Not encoded yet. */
        PENDING
    }

    static EncodedBatch pending() {
        return new EncodedBatch(Format.PENDING, null, null, null);
    }

    static EncodedBatch text(CopyTextFormat.EncodedRows lines) {
        return new EncodedBatch(Format.TEXT, lines.bytes(), lines.ends(), null);
    }

    public int start(int row) {
        return row == 0 ? 0 : ends[row - 1];
    }

    public int end(int row) {
        return ends[row];
    }

    /** The JVM's reason for refusing row {@code row}, or null when its values were encoded. */
    public String refusal(int row) {
        return refusals == null ? null : refusals[row];
    }
}
