package org.switchover.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.UndefinedBytes;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysetChunkReaderTest {
    private TestDatabases.LegacyDb legacy;

    @BeforeAll
    void createLegacyTables(TestDatabases.LegacyDb legacy) throws SQLException {
        this.legacy = legacy;
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE client (client_no INT PRIMARY KEY, surname VARCHAR(40), dob DATE,"
                    + " notes TEXT) CHARACTER SET latin1");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO client VALUES (?, ?, ?, ?)")) {
                // keys inserted out of order, with gaps, so key order is not insertion order
                for (int i = 23; i >= 1; i--) {
                    insert.setInt(1, i * 10);
                    insert.setString(2, i == 7 ? "Zoë O'Neil" : "S" + i);
                    insert.setString(3, i == 3 ? "0000-00-00" : "2010-01-" + String.format("%02d", i));
                    insert.setString(4, i == 5 ? null : "n" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("CREATE TABLE staff (worker_cd VARCHAR(20) PRIMARY KEY, name VARCHAR(40))");
            statement.execute("INSERT INTO staff VALUES ('W10', 'a'), ('DUTY-1', 'b'), ('UNALLOC', 'c'), ('W2', 'd')");
        }
    }

    @Test
    void readsTheWholeTableInKeyOrderInChunksOfTheGivenSize() {
        // given a 23-row table and chunks of 5
        MappingPlan plan = plan("client", "client_no", List.of("client_no", "surname", "dob", "notes"));
        List<SourceChunk> chunks = new ArrayList<>();

        // when every chunk is read
        try (KeysetChunkReader reader = new KeysetChunkReader(legacy.connect(), plan, 5)) {
            reader.forEachRemaining(chunks::add);
        }

        // then there are 5 chunks of 5,5,5,5,3 rows, numbered from 1, keys ascending with nothing missed
        assertEquals(List.of(5, 5, 5, 5, 3), chunks.stream().map(SourceChunk::size).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), chunks.stream().map(SourceChunk::chunkNumber).toList());
        List<String> keys = chunks.stream().flatMap(chunk -> chunk.rows().stream()).map(row -> row[0]).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            expected.add(String.valueOf(i * 10));
        }
        assertEquals(expected, keys);
        assertEquals(List.of("client_no", "surname", "dob", "notes"), chunks.get(0).columns());
        assertEquals("mapping-client", chunks.get(0).mappingId());
    }

    @Test
    void valuesArriveAsTextWithZeroDatesLatin1AndNullsIntact() {
        // given rows with a zero date, a latin1 accented name and a NULL
        MappingPlan plan = plan("client", "client_no", List.of("surname", "dob", "notes"));

        // when read in one chunk
        List<String[]> rows;
        try (KeysetChunkReader reader = new KeysetChunkReader(legacy.connect(), plan, 100)) {
            rows = reader.next().rows();
            assertFalse(reader.hasNext());
        }

        // then the key was added as the last column and values are the driver's text
        assertEquals(23, rows.size());
        assertEquals("30", rows.get(2)[3]);
        assertTrue(rows.get(2)[1].startsWith("0000-00-00"), rows.get(2)[1]);
        assertEquals("Zoë O'Neil", rows.get(6)[0]);
        assertNull(rows.get(4)[2]);
    }

    @Test
    void textKeysAreReadInTheTablesCollationOrder() {
        // given a table keyed by text
        MappingPlan plan = plan("staff", "worker_cd", List.of("worker_cd", "name"));
        List<String> keys = new ArrayList<>();

        // when read in chunks of 1
        try (KeysetChunkReader reader = new KeysetChunkReader(legacy.connect(), plan, 1)) {
            reader.forEachRemaining(chunk -> keys.add(chunk.rows().get(0)[0]));
        }

        // then every row comes once, in the server's order
        assertEquals(List.of("DUTY-1", "UNALLOC", "W10", "W2"), keys);
    }

    @Test
    void readsEveryColumnAsTheDriversOwnTextWouldBe() throws SQLException {
        // given latin1 text with Windows-1252-only characters (euro, curly quotes), ISO-8859-1 ones, a zero
        // date, a datetime with a fraction, numbers and a utf8mb4 column
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE sample (id BIGINT PRIMARY KEY, n INT, name VARCHAR(40) CHARACTER SET latin1,"
                    + " note TEXT CHARACTER SET latin1, code CHAR(3) CHARACTER SET latin1, seen DATETIME(3), born DATE,"
                    + " wide VARCHAR(40) CHARACTER SET utf8mb4, amount DECIMAL(6,2))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[][] rows = {
                        {1L, -7, "\u20ac5 \u201cZo\u00eb\u201d", "caf\u00e9\tnote\n", "AB ", "2017-09-03 12:05:46.125", "0000-00-00", "\u00e5\u4e2d", "12.50"},
                        {2L, null, null, "", "X", null, "2011-02-03", null, null}};
                for (Object[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        insert.setObject(c + 1, row[c]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        MappingPlan plan = plan("sample", "id", List.of("id", "n", "name", "note", "code", "seen", "born", "wide", "amount"));

        // when read by the chunk reader, and with plain getString
        List<String[]> read = new ArrayList<>();
        try (KeysetChunkReader reader = new KeysetChunkReader(legacy.connect(), plan, 10)) {
            reader.forEachRemaining(chunk -> read.addAll(chunk.rows()));
        }
        List<String[]> expected = new ArrayList<>();
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT id, n, name, note, code, seen, born, wide, amount FROM sample ORDER BY id")) {
            while (rows.next()) {
                String[] row = new String[9];
                for (int c = 0; c < 9; c++) {
                    row[c] = rows.getString(c + 1);
                }
                expected.add(row);
            }
        }

        // then the latin1 columns, and only they, are looked at for undefined bytes
        try (Connection connection = legacy.connect()) {
            assertEquals(java.util.Set.of("name", "note", "code"), KeysetChunkReader.latin1Columns(connection, "sample"));
        }
        // and every value is the same text, the Windows-1252 characters and the zero date included
        assertEquals(2, read.size());
        for (int r = 0; r < 2; r++) {
            assertEquals(java.util.Arrays.asList(expected.get(r)), java.util.Arrays.asList(read.get(r)), "row " + r);
        }
        assertEquals("\u20ac5 \u201cZo\u00eb\u201d", read.get(0)[2]);
        assertEquals("0000-00-00", read.get(0)[6]);
        // (MariaDB Connector/J writes a fraction with all six digits; the same instant for the transforms)
        assertEquals("2017-09-03 12:05:46.125000", read.get(0)[5]);
        assertEquals("\u00e5\u4e2d", read.get(0)[7]);
    }

    @Test
    void bytesWindows1252LeavesUndefinedAreReadAsTheDriverDoesAndListedPerChunk() throws SQLException {
        // given latin1 values: plain, ISO-8859-1 only, Windows-1252 defined characters, and each undefined byte
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE undefined_bytes (id INT PRIMARY KEY, a VARCHAR(20), b TEXT) CHARACTER SET latin1");
            statement.execute("INSERT INTO undefined_bytes VALUES (10, _latin1 X'706C61696E', NULL), (20, _latin1 X'5A6FEB', _latin1 X'41'),"
                    + " (30, _latin1 X'803520937194', NULL), (40, _latin1 X'618162', _latin1 X'90'),"
                    + " (50, _latin1 X'8D8F909D818D', NULL), (60, _latin1 X'809D', _latin1 X'')");
        }
        MappingPlan plan = plan("undefined_bytes", "id", List.of("id", "a", "b"));
        // when read in chunks of 4, and with plain getString
        List<SourceChunk> chunks = new ArrayList<>();
        try (KeysetChunkReader reader = new KeysetChunkReader(legacy.connect(), plan, 4)) {
            reader.forEachRemaining(chunks::add);
        }
        List<String> driver = new ArrayList<>();
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT a, b FROM undefined_bytes ORDER BY id")) {
            while (rows.next()) {
                driver.add(rows.getString(1) + "|" + rows.getString(2));
            }
        }
        // then the text is the driver's (which has each undefined byte as the C1 control of the same value),
        // U+FFFD for each undefined byte
        List<String> read = chunks.stream().flatMap(c -> c.rows().stream()).map(r -> r[1] + "|" + r[2]).toList();
        assertEquals("a\u0081b|\u0090", driver.get(3));
        assertEquals(driver.stream().map(t -> t.replaceAll("[\u0081\u008D\u008F\u0090\u009D]", "\ufffd")).toList(), read);
        assertEquals(List.of("plain|null", "Zo\u00eb|A", "\u20ac5 \u201cq\u201d|null", "a\ufffdb|\ufffd",
                "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd|null", "\u20ac\ufffd|"), read);
        // and each chunk lists its values with undefined bytes: chunk row, column, the distinct bytes in order
        assertEquals(List.of(new UndefinedBytes(3, 1, "\\x81"), new UndefinedBytes(3, 2, "\\x90")), chunks.get(0).undefinedBytes());
        assertEquals(List.of(new UndefinedBytes(0, 1, "\\x8D\\x8F\\x90\\x9D\\x81"), new UndefinedBytes(1, 1, "\\x9D")),
                chunks.get(1).undefinedBytes());
    }

    @Test
    void estimatesRowsAndRefusesNamesThatAreNotPlainIdentifiers() throws SQLException {
        // given the client table with fresh statistics, when estimated, then the server's figure is its 23 rows
        try (Connection connection = legacy.connect()) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE client");
            }
            assertEquals(23, KeysetChunkReader.estimateRows(connection, plan("client", "client_no", List.of("surname"))));
            // and a table the server does not know has no estimate
            assertEquals(0, KeysetChunkReader.estimateRows(connection, plan("no_such_table", "id", List.of("name"))));
        }
        // given a column name with a quote, when a reader is built, then the error names the column and table
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new KeysetChunkQuery("client", "client_no", List.of("surname`; DROP TABLE client; --")));
        assertTrue(error.getMessage().contains("column of client"), error.getMessage());
    }

    private static MappingPlan plan(String table, String key, List<String> columns) {
        return new MappingPlan("mapping-" + table, table, key, columns, "ssd_" + table, 1, chunk -> null);
    }
}
