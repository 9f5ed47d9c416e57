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
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values their columns cannot hold are refused in the JVM, with the reason and message the server gives for them. */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BinaryCopyRefusalsTest {
    private static final String TEXT_COPY = SqlResource.load("sql/load/twin_queries.sql").statements().get(2);

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
    void eachBadValueIsRefusedInTheJvmWithTheServersMessageAndTheGoodRowsLoad() throws SQLException {
        // given a good row between each of rows that each hold one value its column cannot hold
        List<Object[]> rows = new ArrayList<>();
        Object[][] bad = {
                with(1, "code", "abcdef"), with(2, "code", "abcd😀x"), with(3, "flag", "abcd"),
                with(4, "medium", 3_000_000_000L), with(5, "small", "70000"), with(6, "small", 40_000),
                with(7, "big", "three"), with(8, "big", ""), with(9, "big", "99999999999999999999"),
                with(10, "body", "a\u0000b"), with(11, "big", "12\u0000"), with(12, "born", LocalDate.of(0, 6, 1)),
                with(13, "born", "2011-02-30"), with(14, "born", "0000-01-01"),
                with(15, "seen_at", LocalDateTime.of(0, 1, 1, 10, 0)), with(16, "seen_at", LocalDate.of(0, 1, 1)),
                with(17, "fte", new BigDecimal("12.5")), with(18, "fte", new BigDecimal("9.995")),
                with(19, "medium", new BigDecimal("1.5")), with(20, "medium", 3_000_000_000L)};
        bad[19][BinaryCopyEncodersTest.COLUMNS.indexOf("code")] = "abcdef"; // two bad values: the server names the first
        for (Object[] row : bad) {
            rows.add(row);
            rows.add(BinaryCopyEncodersTest.nulls(1000 + (long) row[0]));
        }
        TargetBatch batch = BinaryCopyEncodersTest.batch("typed_binary", rows);
        List<String> serverSays = new ArrayList<>();
        for (Object[] row : bad) {
            serverSays.add(serverMessage(row));
        }

        // when the loader, which has read the table's types, encodes and loads the batch
        LoadOutcome outcome;
        EncodedBatch encoded;
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            loader.load(connection, BinaryCopyEncodersTest.batch("typed_binary", List.<Object[]>of(BinaryCopyEncodersTest.nulls(999))),
                    "legacy");
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
        Object[] row = BinaryCopyEncodersTest.nulls(id);
        row[BinaryCopyEncodersTest.COLUMNS.indexOf(column)] = value;
        return row;
    }

    /** What the server says when the row comes in COPY text, as every row did before binary COPY. */
    private String serverMessage(Object[] row) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            Savepoint savepoint = connection.setSavepoint();
            PSQLException refused = null;
            try {
                CopyLoader.copyRows(connection, TEXT_COPY, List.<Object[]>of(row));
            } catch (PSQLException e) {
                refused = e;
            }
            connection.rollback(savepoint);
            assertNotNull(refused, "the server took row " + row[0]);
            assertTrue(refused.getSQLState().startsWith("22"), refused.getSQLState());
            return refused.getServerErrorMessage().getMessage();
        }
    }
}
