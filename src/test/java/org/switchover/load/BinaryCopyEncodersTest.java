package org.switchover.load;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;
import org.switchover.db.SqlResource;
import org.switchover.pipeline.RejectRecord;
import org.switchover.pipeline.TargetBatch;
import org.switchover.testing.TestDatabases;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every binary encoder against a real PostgreSQL: what binary COPY stores is what text COPY stores, and a
 * value the column cannot hold is refused in the JVM with the reason and message the server gives for it.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BinaryCopyEncodersTest {
    private static final List<String> COLUMNS = List.of("id", "small", "medium", "big", "amount", "fte", "body", "code", "flag",
            "born", "seen_at", "doc", "active");
    private static final List<String> TWIN_QUERIES = SqlResource.load("sql/load/twin_queries.sql").statements();

    private final CopyLoader loader = new CopyLoader();
    private TestDatabases.TargetDb target;

    @BeforeAll
    void createTables(TestDatabases.TargetDb target) throws SQLException {
        this.target = target;
        try (Connection connection = target.connect()) {
            SqlResource.load("sql/load/typed_twins.sql").executeAll(connection);
        }
    }

    @Test
    void binaryAndTextCopyStoreTheSameValuesForEveryTypeAndEdge() throws SQLException {
        // given rows at each type's edges: extremes, negative dates, unicode, escapes, a full varchar, NULLs, numbers as text
        List<Object[]> rows = List.of(
                row(1L, (int) Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, new BigDecimal("-123456789.123456789"),
                        new BigDecimal("1.005"), "tab\there\nnew line\r\nback\\slash \\N O’Brien Zoë 😀", "abcde", "Y",
                        LocalDate.of(1, 1, 1), LocalDateTime.of(1, 1, 1, 0, 0), "{\"a\": [1, \"é\\\\t\"], \"b\": null}", true),
                row(2L, (int) Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, new BigDecimal("1E+3"),
                        new BigDecimal("-9.994"), "", "ab😀de", "ab ", LocalDate.of(1999, 12, 31),
                        LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000), "[]", false),
                row(3L, " 42 ", "+7", "-0", new BigDecimal("0.0001"), new BigDecimal("0.001"), "x’".repeat(40_000),
                        "abc  ", "N", LocalDate.of(2000, 1, 1), LocalDate.of(2012, 2, 29), "{}", "yes"),
                row(4L, 0, 0L, 0, BigDecimal.ZERO.setScale(4), BigDecimal.ZERO, "\\", "abcde   ", "xyz", "2012-02-29",
                        LocalDateTime.of(2018, 12, 31, 23, 59, 58, 123_456_000), "\"text\"", "f"),
                row(5L, -1, -1, -1L, new BigDecimal("99999999999999999999.00000000000000000001"), new BigDecimal("9.99"),
                        "a", "a", "", LocalDate.of(9999, 12, 31), LocalDateTime.of(1970, 1, 1, 0, 0, 0, 7_000), "1", null),
                row(6L, null, null, null, new BigDecimal("1E-20"), "0.5", null, null, null, null, null, null, null),
                row(7L, 12, "12", 12L, 10_000L, 1, 12345, 12L, 1, LocalDate.of(1900, 3, 1),
                        LocalDateTime.of(1900, 3, 1, 12, 0), "{\"n\": 1.50}", Boolean.TRUE),
                row(8L, "32767", "-2147483648", "-9223372036854775808", "-12.50e1", null, LocalDate.of(2019, 1, 31), null, null, null, null, null, null));

        // when the rows go to one twin in binary COPY and to the other in text COPY
        TargetBatch batch = batch("typed_binary", rows);
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            assertEquals(rows.size(), loader.load(connection, batch, "legacy").loaded());
            CopyLoader.copyRows(connection, TWIN_QUERIES.get(2), rows);
            connection.commit();
        }

        // then the batch did go binary, and both twins read back the same, row by row
        assertEquals(EncodedBatch.Format.BINARY, loader.encode(batch).format());
        List<String> binary = rowsAsText(TWIN_QUERIES.get(0));
        assertEquals(rowsAsText(TWIN_QUERIES.get(1)), binary);
        assertEquals(rows.size(), binary.size());
    }

    @Test
    void aValueOnlyTheServerCanReadSendsItsBatchAsTextWithTheSameResult() throws SQLException {
        // given a table whose column types the loader knows, and a date in one of PostgreSQL's other styles
        TargetBatch batch = batch("typed_binary", List.<Object[]>of(row(101L, null, null, null, null, null, null, null,
                null, "Jan 5 2011", null, null, null)));
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            loader.load(connection, batch("typed_binary", List.<Object[]>of(nulls(100L))), "legacy");

            // when the batch is encoded and loaded
            EncodedBatch encoded = loader.encode(batch);
            assertEquals(1, loader.load(connection, batch, encoded, "legacy").loaded());
            connection.commit();

            // then it went as text, and the server read the date
            assertEquals(EncodedBatch.Format.TEXT, encoded.format());
            try (PreparedStatement statement = connection.prepareStatement(TWIN_QUERIES.get(3))) {
                statement.setLong(1, 101L);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    assertEquals(LocalDate.of(2011, 1, 5), rs.getObject(1, LocalDate.class));
                }
            }
        }
    }

    /** A row of the twins' shape with only its key. */
    private static Object[] nulls(long id) {
        Object[] row = new Object[COLUMNS.size()];
        row[0] = id;
        return row;
    }

    @Test
    void eachBadValueIsRefusedInTheJvmWithTheServersMessageAndTheGoodRowsLoad() throws SQLException {
        // given a good row between each of rows that each hold one value its column cannot hold
        List<Object[]> rows = new ArrayList<>();
        Object[][] bad = {
                with(201, "code", "abcdef"), with(202, "code", "abcd😀x"), with(203, "flag", "abcd"),
                with(204, "medium", 3_000_000_000L), with(205, "small", "70000"), with(206, "small", 40_000),
                with(207, "big", "three"), with(208, "big", ""), with(209, "big", "99999999999999999999"),
                with(210, "body", "a\u0000b"), with(211, "big", "12\u0000"), with(212, "born", LocalDate.of(0, 6, 1)),
                with(213, "born", "2011-02-30"), with(214, "born", "0000-01-01"),
                with(215, "seen_at", LocalDateTime.of(0, 1, 1, 10, 0)), with(216, "seen_at", LocalDate.of(0, 1, 1)),
                with(217, "fte", new BigDecimal("12.5")), with(218, "fte", new BigDecimal("9.995")),
                with(219, "medium", new BigDecimal("1.5")), with(220, "medium", 3_000_000_000L)};
        bad[19][COLUMNS.indexOf("code")] = "abcdef"; // two bad values: the server names the first
        for (Object[] row : bad) {
            rows.add(row);
            rows.add(nulls(1000 + (long) row[0]));
        }
        TargetBatch batch = batch("typed_binary", rows);
        List<String> serverSays = new ArrayList<>();
        for (Object[] row : bad) {
            serverSays.add(serverMessage(row));
        }

        // when the loader, which has read the table's types, encodes and loads the batch
        LoadOutcome outcome;
        EncodedBatch encoded;
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            loader.load(connection, batch("typed_binary", List.<Object[]>of(nulls(299))), "legacy");
            encoded = loader.encode(batch);
            outcome = loader.load(connection, batch, encoded, "legacy_typed");
            connection.commit();
        }

        // then each bad row was refused before COPY, with the server's own message, and every good row loaded
        assertEquals(EncodedBatch.Format.BINARY, encoded.format());
        for (int i = 0; i < bad.length; i++) {
            assertEquals(serverSays.get(i), encoded.refusal(2 * i), "row " + bad[i][0]);
            assertNull(encoded.refusal(2 * i + 1));
        }
        assertEquals(bad.length, outcome.loaded());
        assertEquals(bad.length, outcome.rejects().size());
        for (int i = 0; i < bad.length; i++) {
            RejectRecord reject = outcome.rejects().get(i);
            assertEquals(String.valueOf(bad[i][0]), reject.legacyKey());
            assertEquals(CopyLoader.REASON_INVALID_VALUE, reject.reason());
            assertEquals(serverSays.get(i), reject.detail());
            assertEquals("legacy_typed", reject.legacyTable());
        }
        assertEquals("value \"3000000000\" is out of range for type integer", serverSays.get(19));
        assertEquals("value too long for type character varying(5)", serverSays.get(0));
        assertEquals("invalid byte sequence for encoding \"UTF8\": 0x00", serverSays.get(10));
    }

    /** A row of the twins' shape with {@code value} in {@code column}. */
    private static Object[] with(long id, String column, Object value) {
        Object[] row = nulls(id);
        row[COLUMNS.indexOf(column)] = value;
        return row;
    }

    /** What the server says when the row comes in COPY text, as every row did before binary COPY. */
    private String serverMessage(Object[] row) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            Savepoint savepoint = connection.setSavepoint();
            PSQLException refused = null;
            try {
                CopyLoader.copyRows(connection, TWIN_QUERIES.get(2), List.<Object[]>of(row));
            } catch (PSQLException e) {
                refused = e;
            }
            connection.rollback(savepoint);
            assertNotNull(refused, "the server took row " + row[0]);
            assertTrue(refused.getSQLState().startsWith("22"), refused.getSQLState());
            return refused.getServerErrorMessage().getMessage();
        }
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static TargetBatch batch(String table, List<Object[]> rows) {
        List<String> keys = new ArrayList<>();
        rows.forEach(row -> keys.add(String.valueOf(row[0])));
        return new TargetBatch(table, COLUMNS, rows, keys, null);
    }

    private List<String> rowsAsText(String sql) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }
}
