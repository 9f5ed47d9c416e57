package org.switchover.reconcile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.SqlResource;
import org.switchover.testing.DateVectors;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reconciliation's date fragments (reconciliation/sql/fragments/free_text_date.sql with its ftd_*.sql,
 * legacy_date.sql and real_date.sql), filled in as the reconciliation fills them and run on the legacy server, against the same
 * vectors the Java transforms are held to (transform/FreeTextDateTest, transform/LegacyDateTest): a vector that
 * gives a date must give that date here, every other one NULL.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DateFragmentVectorsTest {
    private static final Path CHECKS = Path.of("reconciliation");
    private static final String SQL = "sql/reconcile-test/date-vectors/";

    private TestDatabases.LegacyDb legacy;

    @BeforeAll
    void givenTheVectorTables(TestDatabases.LegacyDb legacyDb) throws SQLException {
        legacy = legacyDb;
        try (Connection connection = legacy.connect()) {
            SqlResource.load(SQL + "create_tables.sql").executeAll(connection);
        }
    }

    @Test
    void freeTextDatesGiveTheVectorsDatesInLatin1AndUtf8Columns() throws SQLException {
        // given every free-text vector in a latin1 column (client) and a utf8mb4 column (cp_review)
        List<DateVectors.Vector> vectors = DateVectors.read(DateVectors.FREE_TEXT_DATES);
        insert("insert_free_text.sql", vectors);
        // when the fragment is filled for each as-of year and run
        Map<Integer, String> latin1 = new TreeMap<>();
        Map<Integer, String> utf8 = new TreeMap<>();
        for (LocalDate asOf : vectors.stream().map(DateVectors.Vector::asOf).distinct().toList()) {
            String sql = new SqlTemplate(CHECKS).fill(SqlResource.load(SQL + "parse_free_text.sql").text(), "free-text vectors",
                    Map.of("asOfYear", String.valueOf(asOf.getYear()), "asOf", "'" + asOf + "'"));
            select(sql, latin1, utf8);
        }
        // then each vector's date, or NULL for every lossy or NULL one, in both character sets
        assertAll(vectors, latin1, "latin1");
        assertAll(vectors, utf8, "utf8mb4");
    }

    @Test
    void legacyDatesGiveTheVectorsDates() throws SQLException {
        // given every legacy-date vector in a DATE column, as the legacy server holds it
        List<DateVectors.Vector> vectors = DateVectors.read(DateVectors.LEGACY_DATES);
        insert("insert_legacy_date.sql", vectors);
        Map<Integer, String> stored = new TreeMap<>();
        select(SqlResource.load(SQL + "stored_legacy_dates.sql").text(), stored, new TreeMap<>());
        for (DateVectors.Vector vector : vectors) {
            assertEquals(vector.input(), stored.get(vector.line()), vector + ": the server must hold the vector's text");
        }
        // when the fragments are filled and run
        Map<Integer, String> asText = new TreeMap<>();
        Map<Integer, String> asDate = new TreeMap<>();
        select(new SqlTemplate(CHECKS).fill(SqlResource.load(SQL + "parse_legacy_date.sql").text(), "legacy-date vectors", Map.of()),
                asText, asDate);
        // then each vector's date, or NULL, from both
        assertAll(vectors, asText, "DATE by legacy_date");
        assertAll(vectors, asDate, "DATE by real_date");
    }

    private void insert(String sqlFile, List<DateVectors.Vector> vectors) throws SQLException {
        try (Connection connection = legacy.connect();
             PreparedStatement insert = connection.prepareStatement(SqlResource.load(SQL + sqlFile).statements().get(1))) {
            try (Statement mode = connection.createStatement()) {
                mode.execute(SqlResource.load(SQL + sqlFile).statements().get(0));
            }
            for (DateVectors.Vector vector : vectors) {
                insert.setInt(1, vector.line());
                insert.setInt(2, vector.asOf().getYear());
                for (int text = 3; text <= insert.getParameterMetaData().getParameterCount(); text++) {
                    insert.setString(text, vector.input());
                }
                assertEquals(1, insert.executeUpdate(), vector.toString());
            }
        }
    }

    /** Runs a query of (line, value, optional second value) and collects the values by line. */
    private void select(String sql, Map<Integer, String> first, Map<Integer, String> second) throws SQLException {
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            boolean two = rows.getMetaData().getColumnCount() > 2;
            while (rows.next()) {
                first.put(rows.getInt(1), rows.getString(2));
                if (two) {
                    second.put(rows.getInt(1), rows.getString(3));
                }
            }
        }
    }

    private static void assertAll(List<DateVectors.Vector> vectors, Map<Integer, String> actual, String column) {
        List<String> wrong = new ArrayList<>();
        for (DateVectors.Vector vector : vectors) {
            LocalDate expected = vector.expectedDate();
            String want = expected == null ? null : expected.toString();
            if (!actual.containsKey(vector.line())) {
                wrong.add(vector + ": no row came back");
            } else if (!java.util.Objects.equals(want, actual.get(vector.line()))) {
                wrong.add(vector + ": expected " + (want == null ? "NULL (" + vector.expected() + ")" : want)
                        + ", the SQL gave " + actual.get(vector.line()));
            }
        }
        assertEquals(List.of(), wrong, "the SQL fragment disagrees with the vectors (" + column + " column)");
    }
}
