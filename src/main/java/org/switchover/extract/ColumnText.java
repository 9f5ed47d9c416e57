package org.switchover.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * How one legacy column's bytes become the text getString would give, decided once per reader. Reading
 * the bytes and decoding them here skips work Connector/J repeats for every value: a date parsed and
 * formatted back, a value factory and a charset decoder allocated. Every path gives getString's text.
 * Latin1 bytes that Windows-1252 leaves undefined decode as U+FFFD, as getString's do, and are noted
 * in {@link UndefinedBytesFound} so that the loss is counted.
 */
enum ColumnText {
    /** Dates, times and whole numbers arrive as ASCII text; taken as they are. */
    AS_SENT {
        @Override
        String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException {
            byte[] bytes = row.getBytes(column);
            return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
        }
    },
    /**
     * latin1 text, which MySQL means as Windows-1252. That differs from ISO-8859-1 only in bytes
     * 0x80-0x9F (euro sign, curly quotes...), so text without them takes the JDK's direct ISO-8859-1 path;
     * only text with them is looked at for the five bytes Windows-1252 leaves undefined.
     */
    WINDOWS_1252 {
        @Override
        String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException {
            byte[] bytes = row.getBytes(column);
            if (bytes == null) {
                return null;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] >= (byte) 0x80 && bytes[i] <= (byte) 0x9F) {
                    undefined.check(column - 1, bytes, i);
                    return new String(bytes, CP1252);
                }
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    },
    /** Anything else: the driver's own getString. */
    DRIVER {
        @Override
        String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException {
            return row.getString(column);
        }
    };

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The text of a 1-based {@code column}; undefined Windows-1252 bytes are noted in {@code undefined}. */
    abstract String read(ResultSet row, int column, UndefinedBytesFound undefined) throws SQLException;

    /** The way to read each column of a result, in column order. */
    static ColumnText[] of(ResultSetMetaData metaData) throws SQLException {
        ColumnText[] columns = new ColumnText[metaData.getColumnCount()];
        // the byte paths rely on Connector/J's text protocol; another driver (MariaDB's refuses getBytes of an
        // INT, a binary result sends numbers as binary) gets its own getString for every column
        boolean connectorJ = metaData.isWrapperFor(com.mysql.cj.jdbc.result.ResultSetMetaData.class);
        for (int i = 0; i < columns.length; i++) {
            columns[i] = connectorJ ? of(metaData, i + 1) : DRIVER;
        }
        return columns;
    }

    private static ColumnText of(ResultSetMetaData metaData, int column) throws SQLException {
        switch (metaData.getColumnType(column)) {
            case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.INTEGER, Types.BIGINT, Types.SMALLINT:
                return AS_SENT;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR:
                return isWindows1252(javaEncoding(metaData, column)) ? WINDOWS_1252 : DRIVER;
            default:
                return DRIVER;
        }
    }

    /** The Java encoding Connector/J decodes the column with; null from any other driver. */
    private static String javaEncoding(ResultSetMetaData metaData, int column) throws SQLException {
        if (!metaData.isWrapperFor(com.mysql.cj.jdbc.result.ResultSetMetaData.class)) {
            return null;
        }
        return metaData.unwrap(com.mysql.cj.jdbc.result.ResultSetMetaData.class).getColumnCharacterEncoding(column);
    }

    private static boolean isWindows1252(String encoding) {
        if (encoding == null) {
            return false;
        }
        String name = encoding.toLowerCase(Locale.ROOT);
        return name.equals("cp1252") || name.equals("windows-1252");
    }
}
