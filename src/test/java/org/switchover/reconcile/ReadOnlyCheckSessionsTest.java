package org.switchover.reconcile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sessions that run checks' queries can only read, whatever the account may do (the tests' accounts are root and
 * postgres): the reconciliation's workers on both sides, the legacy reader that reads ahead, and a shared set's build,
 * which writes only its own temporary table.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyCheckSessionsTest {
    private static final String DIR = "sql/reconcile-test/read-only/";

    @BeforeAll
    void givenATableOfOneRowOnEachSide(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb) throws SQLException {
        keptTableOn(legacyDb.spec());
        keptTableOn(targetDb.spec());
    }

    @Test
    void theWorkersSessionsRefuseToChangeEitherDatabase(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb) throws Exception {
        // given a table of one row on each side, and an account that may change it (root, postgres)
        // when the reconciliation's workers try to delete it and to create a table, on each of their sessions
        List<Object> refused = PairedWorkers.run(legacyDb.spec(), targetDb.spec(), 2, List.of(
                (legacy, target) -> refusals(legacy), (legacy, target) -> refusals(target)));
        // then every attempt is refused by the server, and the rows are still there
        assertEquals(List.of(List.of("DELETE refused", "CREATE refused"), List.of("DELETE refused", "CREATE refused")), refused);
        assertEquals(1, keptRows(legacyDb.spec()));
        assertEquals(1, keptRows(targetDb.spec()));
    }

    @Test
    void theLegacyReaderSessionRefusesToChangeLegacy(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given a table of one row in legacy
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        // when the reader that reads a reconciliation's legacy queries ahead tries to delete it on its session
        LegacyAhead ahead = new LegacyAhead(legacyDb.spec(), () -> List.of(new LegacyAhead.Query("SELECT 1", "q.sql")),
                (connection, sql, label) -> {
                    seen.addAll(refusals(connection));
                    return new SideResult(List.of(), false);
                }, Long.MAX_VALUE);
        ahead.startReader();
        ahead.finishReading();
        // then the server refused it, and the row is still there
        assertEquals(List.of("DELETE refused", "CREATE refused"), seen);
        assertEquals(1, keptRows(legacyDb.spec()));
    }

    @Test
    void aSharedSetIsBuiltOnAReadOnlySessionWhichStaysReadOnly(TestDatabases.LegacyDb legacyDb, @TempDir Path dir) throws Exception {
        // given a table of one row in legacy and a shared set that reads it
        Files.createDirectories(dir.resolve("sql/shared"));
        Files.writeString(dir.resolve("sql/shared/kept.sql"), "CREATE TEMPORARY TABLE {table} (PRIMARY KEY (n)) SELECT n FROM kept");
        SharedSet set = new SqlTemplate(dir).fillQuery("SELECT n FROM {{shared kept}}", "q.sql", Map.of()).shared().get(0);
        try (Connection session = Databases.connectReadOnly(legacyDb.spec())) {
            // when a check's session builds the set
            SharedSet.ensure(session, List.of(set));
            // then the set holds the row, and the session still refuses a change to legacy
            assertEquals(1, count(session, SqlResource.load("sql/reconcile-test/count_shared_set.legacy.sql").text().replace("{table}", set.table())));
            assertEquals(List.of("DELETE refused", "CREATE refused"), refusals(session));
        }
        assertEquals(1, keptRows(legacyDb.spec()));
    }

    private static void keptTableOn(ConnectionSpec spec) throws SQLException {
        try (Connection connection = Databases.connect(spec); Statement statement = connection.createStatement()) {
            statement.execute(sql("create_kept.sql", connection));
            statement.execute(sql("fill_kept.sql", connection));
        }
    }

    /** Tries a DELETE and a CREATE TABLE on {@code connection}: what the server said to each. */
    private static List<String> refusals(Connection connection) {
        List<String> said = new ArrayList<>();
        for (String file : List.of("delete_kept.sql", "create_other.sql")) {
            String word = file.startsWith("delete") ? "DELETE" : "CREATE";
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql(file, connection));
                said.add(word + " done");
            } catch (SQLException e) {
                assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("read only")
                        || e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("read-only"), e.getMessage());
                said.add(word + " refused");
            }
        }
        return said;
    }

    private static long keptRows(ConnectionSpec spec) throws SQLException {
        try (Connection connection = Databases.connect(spec)) {
            return count(connection, sql("count_kept.sql", connection));
        }
    }

    /** A file of {@link #DIR} for {@code connection}'s server: the target's tables named with their schema. */
    private static String sql(String file, Connection connection) throws SQLException {
        boolean target = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        return SqlResource.load(DIR + file).text().replace("{schema}", target ? "public." : "");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
