package org.switchover.load;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.pipeline.RejectRecord;
import org.switchover.pipeline.TargetBatch;
import org.switchover.testing.TestDatabases;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyLoaderTest {
    private static final List<String> CHILD_COLUMNS = List.of("id", "parent_id", "amount", "note");

    private final CopyLoader loader = new CopyLoader();
    private TestDatabases.TargetDb target;

    @BeforeAll
    void createTables(TestDatabases.TargetDb target) throws SQLException {
        this.target = target;
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA csc");
            statement.execute("CREATE TABLE csc.loader_parent (id bigint PRIMARY KEY)");
            statement.execute("INSERT INTO csc.loader_parent SELECT generate_series(1, 10)");
            statement.execute("CREATE TABLE csc.loader_child (id bigint PRIMARY KEY,"
                    + " parent_id bigint REFERENCES csc.loader_parent (id),"
                    + " amount integer CONSTRAINT loader_child_amount_not_negative CHECK (amount >= 0), note text)");
            statement.execute("CREATE TABLE csc.loader_text (id bigint PRIMARY KEY, body text, born date,"
                    + " seen_at timestamp, score numeric(12, 4))");
        }
    }

    @Test
    void loadsTheGoodRowsAndRejectsExactlyTheThreeThatBreakPkFkAndCheck() throws SQLException {
        // given 1000 rows of which one repeats an existing key, one names a missing parent, one fails the CHECK
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO csc.loader_child VALUES (100000, 1, 1, 'already here')");
        }
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Map<String, String>> raw = new ArrayList<>();
        for (long i = 1; i <= 1000; i++) {
            long id = i == 250 ? 100000 : i;
            long parent = i == 500 ? 999 : 1 + i % 10;
            int amount = i == 750 ? -5 : (int) i;
            rows.add(new Object[]{id, parent, amount, "note " + i});
            keys.add("L" + i);
            raw.add(Map.of("legacy_id", "L" + i, "amount", String.valueOf(amount)));
        }
        TargetBatch batch = new TargetBatch("loader_child", CHILD_COLUMNS, rows, keys, raw);

        // when it is loaded in one transaction
        LoadOutcome outcome;
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            outcome = loader.load(connection, batch, "legacy_child");
            connection.commit();
        }

        // then 997 rows are in the table, and the three bad rows are the rejects, with the server's reasons
        assertEquals(997, outcome.loaded());
        assertEquals(997, count("SELECT count(*) FROM csc.loader_child WHERE id BETWEEN 1 AND 1000"));
        assertEquals(0, count("SELECT count(*) FROM csc.loader_child WHERE id IN (250, 500, 750)"));
        assertEquals(1, count("SELECT count(*) FROM csc.loader_child WHERE id = 100000 AND note = 'already here'"));
        Map<String, RejectRecord> byKey = new TreeMap<>();
        outcome.rejects().forEach(reject -> byKey.put(reject.legacyKey(), reject));
        assertEquals(List.of("L250", "L500", "L750"), List.copyOf(byKey.keySet()));
        byKey.values().forEach(reject -> {
            assertEquals(CopyLoader.REASON_CONSTRAINT_VIOLATION, reject.reason());
            assertEquals("legacy_child", reject.legacyTable());
            assertEquals("loader_child", reject.targetTable());
        });
        assertTrue(byKey.get("L250").detail().contains("loader_child_pkey"), byKey.get("L250").detail());
        assertTrue(byKey.get("L500").detail().contains("loader_child_parent_id_fkey"), byKey.get("L500").detail());
        assertTrue(byKey.get("L750").detail().contains("loader_child_amount_not_negative"), byKey.get("L750").detail());
        assertEquals("-5", byKey.get("L750").rawValues().get("amount"));
    }

    @Test
    void rejectsAValueTheColumnTypeRefusesAsInvalidValue() throws SQLException {
        // given a row whose amount is not a number
        List<Object[]> rows = List.of(new Object[]{2001L, 1L, 3, "ok"}, new Object[]{2002L, 1L, "three", "bad"},
                new Object[]{2003L, 1L, 4, "ok"});
        TargetBatch batch = new TargetBatch("loader_child", CHILD_COLUMNS, rows, List.of("A", "B", "C"),
                List.of(Map.of(), Map.of("amount", "three"), Map.of()));

        // when loaded
        LoadOutcome outcome;
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            outcome = loader.load(connection, batch, "legacy_child");
            connection.commit();
        }

        // then the other two load and B is an invalid value
        assertEquals(2, outcome.loaded());
        assertEquals(1, outcome.rejects().size());
        assertEquals("B", outcome.rejects().get(0).legacyKey());
        assertEquals(CopyLoader.REASON_INVALID_VALUE, outcome.rejects().get(0).reason());
        assertEquals(2, count("SELECT count(*) FROM csc.loader_child WHERE id BETWEEN 2001 AND 2003"));
    }

    @Test
    void textDatesAndNumbersRoundTripExactly() throws SQLException {
        // given awkward text (escapes, curly quote, accents, emoji, a literal \N), a 70 KB body, dates and a decimal
        String awkward = "tab\there\nnew line\r\nback\\slash \\N O’Brien Zoë 😀 end";
        String big = "x’".repeat(35 * 1024) + "\tfin";
        LocalDate born = LocalDate.of(2012, 2, 29);
        LocalDateTime seen = LocalDateTime.of(2018, 12, 31, 23, 59, 58);
        BigDecimal score = new BigDecimal("1E+3");
        LocalDateTime withMicros = LocalDateTime.of(2018, 12, 31, 23, 59, 58, 123_456_000);
        LocalDate earliest = LocalDate.of(1, 1, 1);
        LocalDateTime midnightAndSevenMicros = LocalDateTime.of(1999, 1, 2, 0, 0, 0, 7_000);
        List<Object[]> rows = List.of(new Object[]{1L, awkward, born, seen, score},
                new Object[]{2L, big, null, withMicros, null}, new Object[]{3L, "", earliest, midnightAndSevenMicros, null});
        TargetBatch batch = new TargetBatch("loader_text", List.of("id", "body", "born", "seen_at", "score"), rows,
                List.of("1", "2", "3"), null);

        // when loaded
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            assertEquals(3, loader.load(connection, batch, "legacy_text").loaded());
            connection.commit();
        }

        // then every value reads back as it was sent; empty text stays empty, not NULL
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, body, born, seen_at, score FROM csc.loader_text ORDER BY id")) {
            rs.next();
            assertEquals(awkward, rs.getString("body"));
            assertEquals(born, rs.getObject("born", LocalDate.class));
            assertEquals(seen, rs.getObject("seen_at", LocalDateTime.class));
            assertEquals(0, new BigDecimal("1000").compareTo(rs.getBigDecimal("score")));
            rs.next();
            assertEquals(big, rs.getString("body"));
            assertTrue(big.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64 * 1024);
            assertEquals(null, rs.getObject("born"));
            assertEquals(withMicros, rs.getObject("seen_at", LocalDateTime.class));
            rs.next();
            assertEquals("", rs.getString("body"));
            assertEquals(earliest, rs.getObject("born", LocalDate.class));
            assertEquals(midnightAndSevenMicros, rs.getObject("seen_at", LocalDateTime.class));
        }
    }

    @Test
    void anErrorThatIsNotAboutTheDataPropagates() throws SQLException {
        // given a batch for a table that does not exist
        TargetBatch batch = new TargetBatch("no_such_table", List.of("id"), List.<Object[]>of(new Object[]{1L}),
                List.of("1"), null);
        // when loaded, then the SQL error reaches the caller (42P01), nothing is turned into a reject
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            SQLException error = assertThrows(SQLException.class, () -> loader.load(connection, batch, "legacy"));
            assertEquals("42P01", error.getSQLState());
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
