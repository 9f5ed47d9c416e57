package org.switchover.db;

import org.mariadb.jdbc.Configuration;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver settings (MariaDB Connector/J's) a real legacy connection ends up with, single and pooled: LOCAL INFILE off in every
 * form, public key retrieval off unless the URL turns it on, and the URL's TLS settings acted on by the
 * drivers (the test servers have no TLS, so a URL that demands it fails, without showing its query string).
 */
@ExtendWith(TestDatabases.class)
class DriverSettingsTest {
    @Test
    void everyLegacyConnectionHasLocalInfileAndKeyRetrievalOff(TestDatabases.LegacyDb legacy) throws SQLException {
        // given the legacy database's plain URL
        // when the toolkit connects, single and pooled, then both have every LOCAL INFILE setting off and no public key retrieval
        inEverySession(legacy.spec(), connection -> {
            Configuration settings = settings(connection);
            assertFalse(settings.allowLocalInfile());
            assertFalse(settings.allowPublicKeyRetrieval());
        });
    }

    @Test
    void everyTargetSessionHasJitAndParallelWorkersOff(TestDatabases.TargetDb target) throws SQLException {
        // given the target database (the server's own defaults are jit on and 2 parallel workers per query)
        // when the toolkit connects, single and pooled, then neither session compiles queries nor starts parallel workers:
        // both cost the reconciliation more than they saved
        inEverySession(target.spec(), connection -> {
            try (var statement = connection.createStatement(); var settings = statement.executeQuery(
                    "SELECT current_setting('jit'), current_setting('max_parallel_workers_per_gather')")) {
                settings.next();
                assertEquals("off", settings.getString(1));
                assertEquals("0", settings.getString(2));
            }
        });
    }

    @Test
    void aSearchPathOrNullRuleSetOnTheTargetDatabaseReachesNoSession(TestDatabases.TargetDb target) throws SQLException {
        // given a target database whose sessions start with a schema of one's own before the built-in functions (its
        // to_char answers every date with 2000-01-01) and with "x = NULL" true for a NULL x
        ConnectionSpec spec = target.spec();
        try (Connection owner = Databases.connect(spec); Statement statement = owner.createStatement()) {
            statement.execute("CREATE SCHEMA shadow");
            statement.execute("CREATE FUNCTION shadow.to_char(date, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '2000-01-01'::text $$");
            statement.execute("ALTER DATABASE \"" + spec.database() + "\" SET search_path = shadow, pg_catalog, public");
            statement.execute("ALTER DATABASE \"" + spec.database() + "\" SET transform_null_equals = on");
        }
        String dated = "SELECT to_char(DATE '2019-01-31', 'YYYY-MM-DD')";
        String nullEquals = "SELECT (CAST(NULL AS int) = NULL) IS TRUE";
        // (a session with the database's own settings takes the shadow and the null rule)
        try (Connection bare = DriverManager.getConnection(spec.url(), login(spec))) {
            assertEquals("2000-01-01", single(bare, dated));
            assertEquals("t", single(bare, nullEquals));
        }
        // when the toolkit connects, single, pooled and read-only
        try (Connection readOnly = Databases.connectReadOnly(spec)) {
            inEverySession(spec, connection -> {
                // then every session has the built-in functions only, and the standard rule for NULL
                for (Connection session : new Connection[] {connection, readOnly}) {
                    assertEquals("2019-01-31", single(session, dated));
                    assertEquals("f", single(session, nullEquals));
                    assertEquals("pg_catalog", single(session, "SELECT current_setting('search_path')"));
                }
            });
        }
    }

    @Test
    void everyLegacySessionAllowsZeroDatesAndKeepsTemporaryTablesOf64MiBInMemory(TestDatabases.LegacyDb legacy) throws SQLException {
        // given the legacy server (its own defaults: a strict sql_mode, 16 MiB temporary tables in memory)
        // when the toolkit connects, single and pooled, then each session's sql_mode is NO_ENGINE_SUBSTITUTION alone (no
        // mode that refuses zero dates) and has the larger limits, so that the checks' CTEs stay off disk
        inEverySession(legacy.spec(), connection -> {
            try (var statement = connection.createStatement(); var session = statement.executeQuery(
                    "SELECT @@SESSION.sql_mode, @@SESSION.tmp_table_size, @@SESSION.max_heap_table_size")) {
                session.next();
                assertEquals("NO_ENGINE_SUBSTITUTION", session.getString(1));
                assertEquals(64L << 20, session.getLong(2));
                assertEquals(64L << 20, session.getLong(3));
            }
        });
    }

    @Test
    void aServerWideRowCapDirtyReadOrRecursionLimitReachesNoLegacySession(TestDatabases.LegacyDb legacy) throws SQLException {
        // given a legacy table of 12 rows, a 13th inserted by a transaction that has not committed, and a server that caps
        // every new session's SELECT at 5 rows, reads uncommitted rows and (MariaDB) stops a recursion after 2 steps
        ConnectionSpec spec = legacy.spec();
        try (Connection admin = Databases.connect(spec); Statement statement = admin.createStatement();
             Connection writer = Databases.connect(spec); Statement writing = writer.createStatement()) {
            statement.execute("CREATE TABLE twelve (n INT PRIMARY KEY)");
            statement.execute("INSERT INTO twelve VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)");
            writer.setAutoCommit(false);
            writing.execute("INSERT INTO twelve VALUES (13)");
            // MySQL names the isolation transaction_isolation, and fails a recursion over its limit instead of cutting it
            boolean mariadb = single(admin, "SELECT VERSION()").contains("MariaDB");
            Map<String, String> capped = new LinkedHashMap<>();
            capped.put("sql_select_limit", "5");
            capped.put(mariadb ? "tx_isolation" : "transaction_isolation", "'READ-UNCOMMITTED'");
            if (mariadb) {
                capped.put("max_recursive_iterations", "2");
            }
            Map<String, String> before = globals(statement, capped.keySet());
            try {
                setGlobals(statement, capped);
                // (a session with the server's own settings is cut to 5 rows, counts the uncommitted one and walks a chain
                // of 10 steps only 3 deep)
                try (Connection bare = new org.mariadb.jdbc.Driver().connect(Databases.driverUrl(spec), login(spec))) {
                    assertEquals(5, rowsOf(bare));
                    assertEquals(13, countOf(bare));
                    assertEquals(mariadb ? "3" : "10", single(bare, CHAIN_OF_TEN));
                }
                // when the toolkit connects, single, pooled and read-only
                try (Connection readOnly = Databases.connectReadOnly(spec)) {
                    inEverySession(spec, connection -> {
                        // then every session reads all 12 committed rows and only those, at REPEATABLE READ, and the whole chain
                        for (Connection session : new Connection[] {connection, readOnly}) {
                            assertEquals(12, rowsOf(session));
                            assertEquals(12, countOf(session));
                            assertEquals("10", single(session, CHAIN_OF_TEN));
                            assertEquals("REPEATABLE-READ", single(session, "SELECT @@SESSION."
                                    + (mariadb ? "tx_isolation" : "transaction_isolation")));
                        }
                    });
                }
            } finally {
                setGlobals(statement, before);
                writer.rollback();
            }
            assertEquals("18446744073709551615", globals(statement, capped.keySet()).get("sql_select_limit"));
        }
    }

    @Test
    void aServerWideAsOfForSystemVersionedTablesReachesNoLegacySession(TestDatabases.LegacyDb legacy) throws SQLException {
        // given (MariaDB) a system-versioned table of 10 rows, 2 more added after a moment, and a server that reads every
        // such table as it was at that moment (found by trying it: a dry run then read 700 of legacy's 705 referrals,
        // and its checks agreed)
        ConnectionSpec spec = legacy.spec();
        try (Connection admin = Databases.connect(spec); Statement statement = admin.createStatement()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(single(admin, "SELECT VERSION()").contains("MariaDB"),
                    "system versioning is MariaDB's");
            statement.execute("CREATE TABLE versioned (n INT PRIMARY KEY) WITH SYSTEM VERSIONING");
            statement.execute("INSERT INTO versioned VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)");
            String moment = single(admin, "SELECT NOW(6) + INTERVAL 0 SECOND");
            statement.execute("DO SLEEP(0.01)");
            statement.execute("INSERT INTO versioned VALUES (11), (12)");
            Map<String, String> asOf = Map.of("system_versioning_asof", "'" + moment + "'");
            try {
                setGlobals(statement, asOf);
                // then a session with the server's own settings reads the 10 rows of that moment, and the toolkit's
                // single, pooled and read-only sessions read the table as it is now: 12 rows
                assertBareThenToolkit(spec, "SELECT COUNT(*) FROM versioned", "10", "12");
            } finally {
                setGlobals(statement, Map.of("system_versioning_asof", "DEFAULT"));
            }
            assertEquals("DEFAULT", single(admin, "SELECT @@GLOBAL.system_versioning_asof"));
        }
    }

    @Test
    void aServerWideRegexFlagReachesNoLegacySession(TestDatabases.LegacyDb legacy) throws SQLException {
        // given (MariaDB) a server whose every session reads REGEXP patterns with EXTENDED and MULTILINE
        ConnectionSpec spec = legacy.spec();
        try (Connection admin = Databases.connect(spec); Statement statement = admin.createStatement()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(single(admin, "SELECT VERSION()").contains("MariaDB"),
                    "default_regex_flags is MariaDB's");
            Map<String, String> before = globals(statement, Set.of("default_regex_flags"));
            try {
                setGlobals(statement, Map.of("default_regex_flags", "'EXTENDED,MULTILINE'"));
                // then a session with the server's own settings drops the pattern's space and finds a date on a value's
                // second line, and the toolkit's single, pooled and read-only sessions read the patterns as written
                assertBareThenToolkit(spec, REGEX_PROBES, "0|1", "1|0");
            } finally {
                setGlobals(statement, before);
            }
        }
    }

    /** {@code sql} answers {@code bare} in a session of the server's own settings, {@code toolkit} in each of the toolkit's. */
    private static void assertBareThenToolkit(ConnectionSpec spec, String sql, String bare, String toolkit) throws SQLException {
        try (Connection plain = new org.mariadb.jdbc.Driver().connect(Databases.driverUrl(spec), login(spec))) {
            assertEquals(bare, single(plain, sql));
        }
        try (Connection readOnly = Databases.connectReadOnly(spec)) {
            inEverySession(spec, connection -> {
                for (Connection session : new Connection[] {connection, readOnly}) {
                    assertEquals(toolkit, single(session, sql));
                }
            });
        }
    }

    /** A pattern with a space, and a whole-value date pattern against a value whose second line is a date. */
    private static final String REGEX_PROBES = "SELECT CONCAT('x y' REGEXP '^x y$', '|',"
            + " CONCAT('note', CHAR(10), '2019-01-31') REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')";

    /** A recursion of ten steps, as a merge chain of ten clients is walked. */
    private static final String CHAIN_OF_TEN =
            "WITH RECURSIVE chain (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM chain WHERE n < 10) SELECT COUNT(*) FROM chain";

    /** The server-wide values of {@code names}, as SQL literals that set them again. */
    private static Map<String, String> globals(Statement statement, Set<String> names) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            try (ResultSet row = statement.executeQuery("SELECT @@GLOBAL." + name)) {
                row.next();
                String value = row.getString(1);
                values.put(name, value.matches("[0-9]+") ? value : "'" + value + "'");
            }
        }
        return values;
    }

    private static void setGlobals(Statement statement, Map<String, String> values) throws SQLException {
        for (Map.Entry<String, String> value : values.entrySet()) {
            statement.execute("SET GLOBAL " + value.getKey() + " = " + value.getValue());
        }
    }

    private static int rowsOf(Connection connection) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet all = statement.executeQuery("SELECT n FROM twelve")) {
            while (all.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static int countOf(Connection connection) throws SQLException {
        return Integer.parseInt(single(connection, "SELECT COUNT(*) FROM twelve"));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static java.util.Properties login(ConnectionSpec spec) {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", spec.user());
        login.setProperty("password", spec.password());
        return login;
    }

    @Test
    void theUrlMayTurnKeyRetrievalOnAndSetTls(TestDatabases.LegacyDb legacy) throws SQLException {
        // given a URL that allows public key retrieval and turns TLS off explicitly
        ConnectionSpec spec = withQuery(legacy.spec(), "allowPublicKeyRetrieval=true&sslMode=DISABLED");
        // when the toolkit connects, single and pooled
        try (Connection single = Databases.connect(spec);
             HikariDataSource pool = Databases.pool(spec, 1);
             Connection pooled = pool.getConnection()) {
            // then the driver took both from the URL, and LOCAL INFILE is still off
            for (Connection connection : new Connection[] {single, pooled}) {
                Configuration settings = settings(connection);
                assertTrue(settings.allowPublicKeyRetrieval());
                assertEquals("DISABLE", settings.sslMode().name());
                assertFalse(settings.allowLocalInfile());
            }
        }
    }

    @Test
    void aUrlThatDemandsVerifiedTlsIsHeldToIt(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target) {
        // given URLs that demand verified TLS from servers that offer none (or none this client trusts)
        ConnectionSpec mysql = withQuery(legacy.spec(), "sslMode=VERIFY_IDENTITY");
        ConnectionSpec postgres = withQuery(target.spec(), "sslmode=verify-full");
        for (ConnectionSpec spec : new ConnectionSpec[] {mysql, postgres}) {
            // when the toolkit connects, then the driver refuses, and the message names the database, not the query
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> Databases.connect(spec).close());
            assertTrue(e.getMessage().startsWith("cannot connect to the " + spec.role().label() + " database " + spec.identity() + ": "),
                    e.getMessage());
            assertTrue(e.getMessage().toUpperCase(java.util.Locale.ROOT).contains("SSL"), e.getMessage());
            assertFalse(e.getMessage().contains("VERIFY_IDENTITY") || e.getMessage().contains("verify-full"), e.getMessage());
        }
    }

    @Test
    void aMysqlUrlsUserInfoIsTheUserAndAMariadbUrlIsTakenToo(TestDatabases.LegacyDb legacy) throws SQLException {
        // given the legacy URL with the login user as user info (and another user given), and as jdbc:mariadb:
        String url = legacy.spec().url();
        String user = legacy.spec().user();
        ConnectionSpec withUserInfo = new ConnectionSpec(DatabaseRole.LEGACY, url.replace("//", "//" + user + "@"),
                "no_such_user", legacy.spec().password());
        ConnectionSpec mariadb = new ConnectionSpec(DatabaseRole.LEGACY, url.replace("jdbc:mysql:", "jdbc:mariadb:"),
                user, legacy.spec().password());
        for (ConnectionSpec spec : new ConnectionSpec[] {withUserInfo, mariadb}) {
            // when the toolkit connects
            try (Connection connection = Databases.connect(spec);
                 var rows = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
                // then MariaDB Connector/J logged in as the URL's user
                assertTrue(connection.isWrapperFor(org.mariadb.jdbc.Connection.class), spec.toString());
                assertTrue(rows.next());
                assertTrue(rows.getString(1).startsWith(user + "@"), rows.getString(1));
            }
        }
    }

    /** One session's assertions. */
    @FunctionalInterface
    private interface SessionCheck {
        void check(Connection connection) throws SQLException;
    }

    /** Runs {@code check} on a single connection and on a pooled one, as the toolkit opens them. */
    private static void inEverySession(ConnectionSpec spec, SessionCheck check) throws SQLException {
        try (Connection single = Databases.connect(spec);
             HikariDataSource pool = Databases.pool(spec, 1);
             Connection pooled = pool.getConnection()) {
            for (Connection connection : new Connection[] {single, pooled}) {
                check.check(connection);
            }
        }
    }

    /** The settings MariaDB Connector/J, the legacy driver, connected with. */
    private static Configuration settings(Connection connection) throws SQLException {
        return connection.unwrap(org.mariadb.jdbc.Connection.class).getContext().getConf();
    }

    private static ConnectionSpec withQuery(ConnectionSpec spec, String query) {
        String url = spec.url() + (spec.url().contains("?") ? "&" : "?") + query;
        return new ConnectionSpec(spec.role(), url, spec.user(), spec.password());
    }
}
