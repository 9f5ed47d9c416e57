package org.switchover.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.testing.TestDatabases;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large table is read as key ranges side by side: the ranges cut from the legacy data must, read each by its
 * own reader, give every key exactly once, whatever the key (integers with gaps, strings in collation order),
 * and an empty or one-key table must still be read whole.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRangesTest {
    private static final int CHUNK_ROWS = 4;
    private TestDatabases.LegacyDb legacy;

    @BeforeAll
    void createLegacyTables(TestDatabases.LegacyDb legacy) throws SQLException {
        this.legacy = legacy;
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE case_note (note_id BIGINT PRIMARY KEY, body TEXT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_note VALUES (?, ?)")) {
                // 41 keys with gaps, bunched at the low end and one far out, so equal-width ranges hold unequal rows
                for (int i = 1; i <= 40; i++) {
                    insert.setLong(1, i * i);
                    insert.setString(2, "note " + i);
                    insert.addBatch();
                }
                insert.setLong(1, 1_000_003L);
                insert.setString(2, "far");
                insert.addBatch();
                insert.executeBatch();
            }
            // string keys compare in the column's collation (case-insensitive here), not by their digits
            statement.execute("CREATE TABLE staff (worker_cd VARCHAR(20) PRIMARY KEY, name VARCHAR(40)) COLLATE latin1_swedish_ci CHARACTER SET latin1");
            statement.execute("INSERT INTO staff VALUES ('W10', 'a'), ('duty-1', 'b'), ('UNALLOC', 'c'), ('W2', 'd'), ('w3', 'e'),"
                    + " ('100', 'f'), ('20', 'g'), ('Ärende', 'h'), ('a', 'i'), ('B', 'j'), ('x-1', 'k')");
            statement.execute("CREATE TABLE empty_log (log_id INT PRIMARY KEY, text VARCHAR(10))");
            statement.execute("CREATE TABLE team (team_id INT PRIMARY KEY, name VARCHAR(10))");
            statement.execute("INSERT INTO team VALUES (7, 'only')");
        }
    }

    @Test
    void integerKeysAreCutIntoEqualWidthRangesThatTogetherReadEveryKeyOnce() throws SQLException {
        // given a 41-row table with integer keys from 1 to 1000003
        MappingPlan plan = plan("case_note", "note_id");
        // when it is split into 3 ranges and each range is read by its own reader
        List<KeyRange> ranges = split(plan, 3);
        // then the cuts are a third and two thirds of the way from the first key to the last
        assertEquals(List.of(new KeyRange(0, null, "333334"), new KeyRange(1, "333334", "666668"), new KeyRange(2, "666668", null)), ranges);
        // and the ranges, read one after the other, give every key exactly once, in key order (the middle one is empty)
        List<List<String>> read = readEach(plan, ranges);
        assertEquals(List.of(40, 0, 1), read.stream().map(List::size).toList());
        assertEquals(allKeys(plan), read.stream().flatMap(List::stream).toList());
    }

    @Test
    void stringKeysAreCutAtQuantilesInTheCollationsOrder() throws SQLException {
        // given 11 string keys, some of them digits, in a case-insensitive collation
        MappingPlan plan = plan("staff", "worker_cd");
        // when split into 3 ranges and each read by its own reader
        List<KeyRange> ranges = split(plan, 3);
        List<List<String>> read = readEach(plan, ranges);
        // then the ranges hold 4, 4 and 3 keys and together every key exactly once, in the table's own key order
        assertEquals(List.of(4, 4, 3), read.stream().map(List::size).toList());
        List<String> keys = allKeys(plan);
        assertEquals(keys, read.stream().flatMap(List::stream).toList());
        assertEquals(11, keys.stream().distinct().count());
        // and the cuts are the last key of each but the last range
        assertEquals(List.of(read.get(0).get(3), read.get(1).get(3)), List.of(ranges.get(0).upToKey(), ranges.get(1).upToKey()));
    }

    @Test
    void anEmptyOrOneKeyTableIsOneRangeAndOneRangeIsAsked() throws SQLException {
        // given an empty table, a one-row table, and a table that is not to be split
        // when each is split, then each is read whole as one range
        assertEquals(List.of(KeyRange.WHOLE), split(plan("empty_log", "log_id"), 4));
        assertEquals(List.of(KeyRange.WHOLE), split(plan("team", "team_id"), 4));
        assertEquals(List.of(KeyRange.WHOLE), split(plan("case_note", "note_id"), 1));
        assertEquals(List.of(List.of("7")), readEach(plan("team", "team_id"), List.of(KeyRange.WHOLE)));
    }

    @Test
    void moreRangesThanKeysGiveOneRangePerKeyAtMost() {
        // given integer keys 5 and 6 only, or 5 to 7, or a span wider than a long
        // when cut for 4 ranges, then there is one cut per gap between keys at most, ascending and inside the span
        assertEquals(List.of("5"), KeyRange.evenCuts(BigInteger.valueOf(5), BigInteger.valueOf(6), 4));
        assertEquals(List.of("5", "6"), KeyRange.evenCuts(BigInteger.valueOf(5), BigInteger.valueOf(7), 4));
        assertEquals(List.of(), KeyRange.evenCuts(BigInteger.valueOf(5), BigInteger.valueOf(5), 4));
        assertEquals(List.of("9223372036854775807"), KeyRange.evenCuts(BigInteger.ZERO, new BigInteger("18446744073709551615"), 2));
        // and the ranges between cuts follow each other without gap
        assertEquals(List.of(new KeyRange(0, null, "5"), new KeyRange(1, "5", "6"), new KeyRange(2, "6", null)), KeyRange.between(List.of("5", "6")));
    }

    @Test
    void aKeyColumnTheTableDoesNotHaveIsNamed() {
        // given a mapping whose key column is not in its table, when split, then the error names table and column
        ExtractException error = assertThrows(ExtractException.class, () -> split(plan("team", "team_no"), 2));
        assertTrue(error.getMessage().contains("team") && error.getMessage().contains("team_no"), error.getMessage());
    }

    private List<KeyRange> split(MappingPlan plan, int count) throws SQLException {
        try (Connection connection = legacy.connect()) {
            return KeyRanges.split(connection, plan, count);
        }
    }

    /** Each range read by its own reader on its own connection, in small chunks. */
    private List<List<String>> readEach(MappingPlan plan, List<KeyRange> ranges) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        for (KeyRange range : ranges) {
            List<String> rangeKeys = new ArrayList<>();
            try (KeysetChunkReader reader = new KeysetChunkReader(legacy.connect(), plan, CHUNK_ROWS, range, null, 0)) {
                reader.forEachRemaining((SourceChunk chunk) -> chunk.rows().forEach(row -> rangeKeys.add(row[0])));
            }
            keys.add(rangeKeys);
        }
        return keys;
    }

    /** Every key of the table, in the server's key order. */
    private List<String> allKeys(MappingPlan plan) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + plan.keyColumn() + " FROM " + plan.legacyTable() + " ORDER BY " + plan.keyColumn())) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private static MappingPlan plan(String table, String key) {
        return new MappingPlan("mapping-" + table, table, key, List.of(key), "ssd_" + table, 1, chunk -> null);
    }
}
