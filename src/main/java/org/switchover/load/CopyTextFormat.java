package org.switchover.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Encodes one row as a line of PostgreSQL COPY text format, UTF-8: tab between columns, \N for
 * NULL, and backslash, tab, newline and carriage return escaped so any text arrives unchanged.
 */
public final class CopyTextFormat {
    static final String NULL_MARKER = "\\N";

    private CopyTextFormat() {
    }

    /** The row's bytes, newline-terminated. */
    public static byte[] encodeRow(Object[] values) {
        StringBuilder line = new StringBuilder(64 * values.length);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            appendValue(line, values[i]);
        }
        line.append('\n');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void appendValue(StringBuilder line, Object value) {
        if (value == null) {
            line.append(NULL_MARKER);
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
            line.append(value); // ISO-8601, which PostgreSQL reads for date and timestamp
        } else {
            appendEscaped(line, value.toString());
        }
    }

    private static void appendEscaped(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
