package org.switchover.extract;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one legacy column's value becomes text, decided once per reader. MariaDB Connector/J's text protocol
 * gives every value as the server sent it (dates as "0000-00-00", numbers as digits), in utf8mb4 whatever
 * the column's character set. A latin1 column, which MariaDB means as Windows-1252, arrives with the five
 * bytes Windows-1252 leaves undefined as the code points of the same value (0x81 as U+0081...): those become
 * U+FFFD, as MySQL Connector/J's decoding made them, and are noted in {@link UndefinedBytesFound} so that the
 * loss is counted. No other character of a latin1 column can be U+0080-U+009F, so the test is exact.
 */
enum ColumnText {
    /** latin1 text: the undefined bytes become U+FFFD and are noted. */
    WINDOWS_1252 {
        @Override
        String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException {
            // the bytes as sent (UTF-8), scanned before decoding: the JVM runs C1 code only, where charAt over a long
            // case-note body with any character above U+00FF cost twice what this byte loop does
            byte[] utf8 = row.getBytes(column);
            if (utf8 == null) {
                return null;
            }
            String text = new String(utf8, StandardCharsets.UTF_8);
            return holdsC1(utf8) ? undefined.replace(column - 1, text, 0) : text;
        }
    },
    /** Anything else: the driver's own getString, which in the text protocol is the text as sent. */
    DRIVER {
        @Override
        String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException {
            return row.getString(column);
        }
    };

    /**
     * The lead byte of U+0080-U+00BF in UTF-8; its second byte is 0x80-0x9F exactly for the C1 range, where
     * Windows-1252 differs from ISO-8859-1 (and leaves five values undefined). In UTF-8 this byte is only ever a lead.
     */
    private static final byte C1_LEAD = (byte) 0xC2;
    private static final int C1_SECOND_MASK = 0xE0;
    private static final int C1_SECOND_BITS = 0x80;

    /** Whether UTF-8 {@code utf8} holds a character U+0080-U+009F. */
    static boolean holdsC1(byte[] utf8) {
        for (int i = 0; i < utf8.length - 1; i++) {
            if (utf8[i] == C1_LEAD && (utf8[i + 1] & C1_SECOND_MASK) == C1_SECOND_BITS) {
                return true;
            }
        }
        return false;
    }

    /** The text of a 1-based {@code column}; undefined Windows-1252 bytes are noted in {@code undefined}. */
    abstract String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException;

    /** The way to read each of {@code columns}, in order; {@code latin1} holds the latin1 ones in lower case. */
    static ColumnText[] of(List<String> columns, Set<String> latin1) {
        ColumnText[] readers = new ColumnText[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = latin1.contains(columns.get(i).toLowerCase(Locale.ROOT)) ? WINDOWS_1252 : DRIVER;
        }
        return readers;
    }
}
