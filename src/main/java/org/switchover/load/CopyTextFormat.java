package org.switchover.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes rows as lines of PostgreSQL COPY text format, UTF-8: tab between columns, \N for NULL, and
 * backslash, tab, newline and carriage return escaped so any text arrives unchanged. A batch is encoded
 * straight into one byte array (no per-row string or array), because this runs for every loaded row.
 */
public final class CopyTextFormat {
    static final String NULL_MARKER = "\\N";
    /** Starting guess of encoded bytes per value; the buffer grows when a batch needs more. */
    private static final int BYTES_PER_VALUE_GUESS = 24;

    private CopyTextFormat() {
    }

    /** A batch's lines back to back, and where each line ends: line i is bytes [end(i - 1), end(i)). */
    public record EncodedRows(byte[] bytes, int[] ends) {
        public int start(int row) {
            return row == 0 ? 0 : ends[row - 1];
        }

        public int end(int row) {
            return ends[row];
        }
    }

    /** Every row's line, newline-terminated, in order. */
    public static EncodedRows encodeRows(List<Object[]> rows) {
        int width = rows.isEmpty() ? 0 : rows.get(0).length;
        Encoder encoder = new Encoder(Math.max(64, rows.size() * Math.max(1, width) * BYTES_PER_VALUE_GUESS));
        int[] ends = new int[rows.size()];
        for (int i = 0; i < ends.length; i++) {
            encoder.row(rows.get(i));
            ends[i] = encoder.size;
        }
        return new EncodedRows(encoder.bytes, ends);
    }

    /** The row's bytes, newline-terminated. */
    public static byte[] encodeRow(Object[] values) {
        Encoder encoder = new Encoder(64 + values.length * BYTES_PER_VALUE_GUESS);
        encoder.row(values);
        return Arrays.copyOf(encoder.bytes, encoder.size);
    }

    /** A growable byte buffer that writes values as COPY text. */
    private static final class Encoder {
        private byte[] bytes;
        private int size;

        Encoder(int capacity) {
            bytes = new byte[capacity];
        }

        void row(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put((byte) '\t');
                }
                value(values[i]);
            }
            put((byte) '\n');
        }

        private void value(Object value) {
            if (value == null) {
                put((byte) '\\');
                put((byte) 'N');
            } else if (value instanceof String text) {
                escaped(text);
            } else if (value instanceof BigDecimal decimal) {
                escaped(decimal.toPlainString());
            } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
                escaped(value.toString()); // ISO-8601, which PostgreSQL reads for date and timestamp
            } else {
                escaped(value.toString());
            }
        }

        private void escaped(String text) {
            int length = text.length();
            ensure(length * 3 + 2); // UTF-8 needs at most 3 bytes per UTF-16 unit; escapes need 2
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> pair('\\');
                        case '\t' -> pair('t');
                        case '\n' -> pair('n');
                        case '\r' -> pair('r');
                        default -> bytes[size++] = (byte) c;
                    }
                } else if (Character.isSurrogate(c)) {
                    int end = Character.isHighSurrogate(c) && i + 1 < length ? i + 2 : i + 1;
                    byte[] encoded = text.substring(i, end).getBytes(StandardCharsets.UTF_8); // rare: let the JDK pair them
                    ensure(encoded.length + (length - end) * 3 + 2);
                    System.arraycopy(encoded, 0, bytes, size, encoded.length);
                    size += encoded.length;
                    i = end - 1;
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xC0 | (c >> 6));
                    bytes[size++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    bytes[size++] = (byte) (0xE0 | (c >> 12));
                    bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    bytes[size++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        private void pair(char escape) {
            bytes[size++] = '\\';
            bytes[size++] = (byte) escape;
        }

        private void put(byte b) {
            ensure(1);
            bytes[size++] = b;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
