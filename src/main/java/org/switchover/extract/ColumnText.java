package org.switchover.extract;

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
            String text = row.getString(column);
            if (text == null) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= FIRST_C1 && c <= LAST_C1) {
                    return undefined.replace(column - 1, text, i);
                }
            }
            return text;
        }
    },
    /** Anything else: the driver's own getString, which in the text protocol is the text as sent. */
    DRIVER {
        @Override
        String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException {
            return row.getString(column);
        }
    };

    /** The C1 range, where Windows-1252 differs from ISO-8859-1 (and leaves five values undefined). */
    private static final char FIRST_C1 = '\u0080';
    private static final char LAST_C1 = '\u009F';

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
