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
    /** Initial scratch buffer per encoding thread. */
    private static final int SCRATCH_BYTES = 1 << 20;
    /** A scratch buffer grown beyond this is dropped after use rather than kept for the thread's life. */
    private static final int MAX_SCRATCH_BYTES = 16 << 20;
    private static final ThreadLocal<Encoder> SCRATCH = ThreadLocal.withInitial(() -> new Encoder(SCRATCH_BYTES));

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

    /**
     * Every row's line, newline-terminated, in order. Encoded into the thread's scratch buffer, which
     * grows to the largest batch seen and is reused, then copied once at its exact size.
     */
    public static EncodedRows encodeRows(List<Object[]> rows) {
        Encoder encoder = SCRATCH.get();
        encoder.size = 0;
        int[] ends = new int[rows.size()];
        for (int i = 0; i < ends.length; i++) {
            encoder.row(rows.get(i));
            ends[i] = encoder.size;
        }
        byte[] bytes = Arrays.copyOf(encoder.bytes, encoder.size);
        if (encoder.bytes.length > MAX_SCRATCH_BYTES) {
            SCRATCH.remove(); // an unusually large batch: do not keep its buffer
        }
        return new EncodedRows(bytes, ends);
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
            } else if (value instanceof Long number) {
                digits(number);
            } else if (value instanceof Integer number) {
                digits(number);
            } else if (value instanceof BigDecimal decimal) {
                escaped(decimal.toPlainString());
            } else if (value instanceof LocalDateTime dateTime) {
                dateTime(dateTime);
            } else if (value instanceof LocalDate date) {
                date(date);
            } else {
                escaped(value.toString());
            }
        }

        /**
         * yyyy-mm-dd, written digit by digit: dates are in most rows, and toString builds two strings
         * per value. Years outside 0-9999 (which PostgreSQL refuses anyway) take toString's form.
         */
        private void date(LocalDate date) {
            if (date.getYear() < 0 || date.getYear() > 9999) {
                escaped(date.toString());
                return;
            }
            ymd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }

        private void ymd(int year, int month, int day) {
            ensure(10);
            fixed(year, 4);
            bytes[size++] = '-';
            fixed(month, 2);
            bytes[size++] = '-';
            fixed(day, 2);
        }

        /** yyyy-mm-dd hh:mm:ss, then the fraction of a second when there is one (PostgreSQL keeps microseconds). */
        private void dateTime(LocalDateTime dateTime) {
            int year = dateTime.getYear();
            if (year < 0 || year > 9999) {
                escaped(dateTime.toString());
                return;
            }
            ymd(year, dateTime.getMonthValue(), dateTime.getDayOfMonth());
            ensure(19);
            bytes[size++] = ' ';
            fixed(dateTime.getHour(), 2);
            bytes[size++] = ':';
            fixed(dateTime.getMinute(), 2);
            bytes[size++] = ':';
            fixed(dateTime.getSecond(), 2);
            int nanos = dateTime.getNano();
            if (nanos != 0) {
                bytes[size++] = '.';
                int digits = 9;
                while (nanos % 10 == 0) {
                    nanos /= 10;
                    digits--;
                }
                fixed(nanos, digits);
            }
        }

        /** {@code value} as exactly {@code width} decimal digits, zero-padded; the caller has ensured the room. */
        private void fixed(int value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                bytes[size + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += width;
        }

        /** A number's decimal digits, written without a String in between. */
        private void digits(long number) {
            ensure(20);
            if (number < 0) {
                if (number == Long.MIN_VALUE) {
                    escaped(Long.toString(number));
                    return;
                }
                bytes[size++] = '-';
                number = -number;
            }
            int start = size;
            do {
                bytes[size++] = (byte) ('0' + number % 10);
                number /= 10;
            } while (number > 0);
            for (int low = start, high = size - 1; low < high; low++, high--) {
                byte swap = bytes[low];
                bytes[low] = bytes[high];
                bytes[high] = swap;
            }
        }

        /**
         * The text as UTF-8 with COPY's escapes. The JDK's encoder does the UTF-8 (fast for the
         * mostly-ASCII text here); backslash, tab, newline and carriage return are ASCII, so they are
         * found byte by byte in its output and everything between them is copied in runs.
         */
        private void escaped(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            ensure(utf8.length * 2);
            int run = 0;
            for (int i = 0; i < utf8.length; i++) {
                byte b = utf8[i];
                if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
                    System.arraycopy(utf8, run, bytes, size, i - run);
                    size += i - run;
                    pair(b == '\\' ? '\\' : b == '\t' ? 't' : b == '\n' ? 'n' : 'r');
                    run = i + 1;
                }
            }
            System.arraycopy(utf8, run, bytes, size, utf8.length - run);
            size += utf8.length - run;
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
