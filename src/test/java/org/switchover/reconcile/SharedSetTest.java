package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.MappingCopies;
import org.switchover.testing.TestDatabases;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared sets: {{shared name}} in a legacy query, built once per legacy session from sql/shared/name.sql. */
@ExtendWith(TestDatabases.class)
class SharedSetTest {
    private static final Path CHECKS = SwitchoverSettings.DEFAULT_CHECKS;
    private static final Pattern TABLE = Pattern.compile("switchover_[a-z0-9_]+_[0-9a-f]{12}");

    @Test
    void aSharedSetIsNamedByItsFilledStatement(@TempDir Path dir) throws IOException {
        // given a shared set that uses a fragment and a value, and a fragment that reads it
        write(dir, "sql/shared/kids.sql", "-- why\nCREATE TEMPORARY TABLE {table} (PRIMARY KEY (n)) SELECT {{one}} AS n, {asOf} AS d");
        write(dir, "sql/fragments/one.sql", "1");
        write(dir, "sql/fragments/kid.sql", "k AS (SELECT n FROM {{shared kids}})");
        SqlTemplate template = new SqlTemplate(dir);
        // when a query reads it through the fragment, and another is filled for another as-of date
        SqlTemplate.Filled filled = template.fillQuery("WITH {{kid}} SELECT * FROM k", "q.sql", Map.of("asOf", "'2019-01-31'"));
        SqlTemplate.Filled later = template.fillQuery("WITH {{kid}} SELECT * FROM k", "q.sql", Map.of("asOf", "'2019-02-28'"));
        // then the query names one table, listed once, whose statement creates exactly it with the values in
        assertEquals(1, filled.shared().size());
        SharedSet set = filled.shared().get(0);
        assertTrue(TABLE.matcher(set.table()).matches(), set.table());
        assertEquals("WITH k AS (SELECT n FROM " + set.table() + ") SELECT * FROM k", filled.sql());
        assertEquals("CREATE TEMPORARY TABLE " + set.table() + " (PRIMARY KEY (n)) SELECT 1 AS n, '2019-01-31' AS d", set.create());
        assertEquals(dir.resolve("sql/shared/kids.sql").toString(), set.source());
        // and another as-of date is another table: a session never reads a set filled for another date
        assertNotEquals(set.table(), later.shared().get(0).table());
    }

    @Test
    void aSharedSetThatIsNotOneIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        // given shared sets that drop a table, read another shared set, lock legacy rows, or do not exist, and a call without a name
        write(dir, "sql/shared/bad.sql", "-- tries more\nDROP TABLE client");
        write(dir, "sql/shared/nested.sql", "CREATE TEMPORARY TABLE {table} SELECT * FROM {{shared bad}}");
        write(dir, "sql/shared/locks.sql", "CREATE TEMPORARY TABLE {table} (PRIMARY KEY (n), KEY (m)) ENGINE=InnoDB "
                + "SELECT client_no AS n, client_no AS m FROM client FOR UPDATE");
        SqlTemplate template = new SqlTemplate(dir);
        Map<String, String> values = Map.of("asOf", "'2019-01-31'");
        // when filled, then each is refused with its file and the rule
        assertEquals(dir.resolve("sql/shared/bad.sql") + ": a shared set must begin with CREATE TEMPORARY TABLE {table} (after its "
                + "comment lines), and create that table and nothing else", message(() -> template.fillQuery("SELECT * FROM {{shared bad}}", "q.sql", values)));
        assertEquals(dir.resolve("sql/shared/locks.sql") + ": a check's query must only read: one SELECT (or WITH ... SELECT), and this "
                + "one holds UPDATE (fragments filled in; comments and literals aside)",
                message(() -> template.fillQuery("SELECT * FROM {{shared locks}}", "q.sql", values)));
        assertEquals(dir.resolve("sql/shared/nested.sql") + ": a shared set cannot read another shared set",
                message(() -> template.fillQuery("SELECT * FROM {{shared nested}}", "q.sql", values)));
        assertEquals("q.sql: shared set " + dir.resolve("sql/shared/gone.sql") + " does not exist",
                message(() -> template.fillQuery("SELECT * FROM {{shared gone}}", "q.sql", values)));
        assertEquals("q.sql: {{shared}} names no shared set: write {{shared name}}, the name in lower-case letters, digits and _ "
                + "(the file sql/shared/name.sql)", message(() -> template.fillQuery("SELECT * FROM {{shared}}", "q.sql", values)));
    }

    @Test
    void aQueryThatWouldOpenASharedSetTwiceIsRefusedWhenFilled(@TempDir Path dir) throws IOException {
        // given a shared set, a fragment whose common table expression reads it, and one whose CTE reads that CTE
        write(dir, "sql/shared/kids.sql", "CREATE TEMPORARY TABLE {table} (PRIMARY KEY (n)) SELECT 1 AS n");
        write(dir, "sql/fragments/kid.sql", "-- the set, once\nkid (n) AS (\n  SELECT n FROM {{shared kids}}\n)");
        write(dir, "sql/fragments/older.sql", "older AS (SELECT k.n FROM kid k WHERE k.n > 0)");
        SqlTemplate template = new SqlTemplate(dir);
        Map<String, String> none = Map.of();
        // when a query names the set twice, joins the CTE twice, reads it in a CTE it never uses as well (counted: MySQL
        // may open the tables of every CTE it parses), joins a CTE over the CTE twice, or a backquoted CTE twice in lower
        // case, then each is refused with its
        // file, the set, the times and the CTE it goes through (MySQL would refuse it only when run)
        String rule = "; MySQL cannot open one temporary table twice in a query: read the set once, and use a common table "
                + "expression that reads it once at most";
        assertEquals("q.sql: opens the shared set kids 2 times" + rule, message(() -> template.fillQuery(
                "SELECT a.n FROM {{shared kids}} a WHERE a.n IN (SELECT b.n FROM {{shared kids}} b)", "q.sql", none)));
        assertEquals("q.sql: opens the shared set kids 2 times (through the common table expression kid, used 2 times)" + rule,
                message(() -> template.fillQuery("WITH {{kid}} SELECT a.n FROM kid a JOIN kid b ON b.n = a.n", "q.sql", none)));
        assertEquals("q.sql: opens the shared set kids 2 times" + rule,
                message(() -> template.fillQuery("WITH {{kid}}, spare AS (SELECT n FROM {{shared kids}}) SELECT n FROM kid", "q.sql", none)));
        assertEquals("q.sql: opens the shared set kids 3 times (through the common table expression kid, used 3 times)" + rule,
                message(() -> template.fillQuery("WITH RECURSIVE {{kid}}, {{older}} SELECT * FROM older a JOIN older b LEFT JOIN kid c ON c.n = 0",
                        "q.sql", none)));
        assertEquals("q.sql: opens the shared set kids 2 times (through the common table expression twin, used 2 times)" + rule,
                message(() -> template.fillQuery("WITH `twin` AS (SELECT n FROM {{shared kids}}) SELECT a.n FROM twin a join `twin` b",
                        "q.sql", none)));
        // and so is a comma join of the CTE twice, or of two CTEs over it (neither seen before)
        assertEquals("q.sql: opens the shared set kids 2 times (through the common table expression kid, used 2 times)" + rule,
                message(() -> template.fillQuery("WITH {{kid}} SELECT a.n FROM kid a, kid b WHERE b.n = a.n", "q.sql", none)));
        assertEquals("q.sql: opens the shared set kids 2 times (through the common table expression kid, used 2 times)" + rule,
                message(() -> template.fillQuery("WITH RECURSIVE {{kid}}, {{older}} SELECT * FROM older a,`kid` WHERE kid.n = a.n",
                        "q.sql", none)));
        // and so is MySQL's STRAIGHT_JOIN of it, and a join of it in parentheses
        assertEquals("q.sql: opens the shared set kids 2 times (through the common table expression kid, used 2 times)" + rule,
                message(() -> template.fillQuery("WITH {{kid}} SELECT a.n FROM kid a STRAIGHT_JOIN kid b ON b.n = a.n", "q.sql", none)));
        assertEquals("q.sql: opens the shared set kids 2 times (through the common table expression kid, used 2 times)" + rule,
                message(() -> template.fillQuery("WITH {{kid}} SELECT a.n FROM kid a JOIN (kid b) ON b.n = a.n", "q.sql", none)));
        // and a CTE defined after a comma is not taken for a use of it, nor a column qualified by its name
        assertEquals(1, template.fillQuery("WITH spare AS (SELECT 1 AS n), twin AS (SELECT n FROM {{shared kids}}) "
                + "SELECT twin.n, spare.n FROM twin JOIN spare ON spare.n = twin.n", "q.sql", none).shared().size());
        // and a query that joins the CTE once, with a recursive CTE that reads itself and quoted parentheses, is filled
        SqlTemplate.Filled once = template.fillQuery("WITH RECURSIVE {{kid}}, up (n) AS (SELECT n FROM kid UNION ALL SELECT n + 1 FROM up "
                + "WHERE n < 3 AND ')' <> '(') SELECT n FROM up", "q.sql", none);
        assertEquals(1, once.shared().size());
    }

    @Test
    void aProjectWhoseQueryWouldOpenASharedSetTwiceIsRefusedBeforeARunLoads(@TempDir Path dir) throws IOException {
        // given a copy of the project's checks where open-duty-cases reads the shared survivors, which it joins twice
        Path checks = MappingCopies.copy(CHECKS, dir);
        MappingCopies.edit(checks, "sql/duty/open-duty-cases.legacy.sql", "{{survivor_chains}}", "{{survivors}}");
        MappingSet mappings = MappingSet.load(Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), TransformSettings.defaults());
        // when its queries are checked as validate and every run does before loading
        List<org.switchover.config.ConfigProblem> problems = Reconciliation.queryProblems(checks, mappings, LocalDate.of(2019, 1, 31));
        // then that one query is refused, naming the check, its query, the set and the CTE; the project's own pass
        assertEquals(List.of(checks.resolve("open-duty-cases.yml") + ": " + checks.resolve("sql/duty/open-duty-cases.legacy.sql")
                + ": opens the shared set survivors 5 times (through the common table expression survivor, used 5 times); MySQL cannot "
                + "open one temporary table twice in a query: read the set once, and use a common table expression that reads it once at most"),
                problems.stream().map(Object::toString).toList());
        assertEquals(List.of(), Reconciliation.queryProblems(CHECKS, mappings, LocalDate.of(2019, 1, 31)));
    }

    @Test
    void everyLegacyQueryOfTheProjectReadsEachSharedSetOnce() {
        // given the project's checks, filled as a reconciliation fills them
        List<CheckDefinition> checks = CheckLoader.load(CHECKS, MappingSet.load(Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), TransformSettings.defaults()));
        List<LegacyAhead.Query> queries = new CheckRunner(CHECKS, CheckValues.of(CHECKS, LocalDate.of(2019, 1, 31), 1)).legacyQueries(checks);
        // when each query's mentions of shared tables are counted
        java.util.Map<String, Integer> readers = new java.util.TreeMap<>();
        for (LegacyAhead.Query query : queries) {
            Matcher matcher = TABLE.matcher(query.sql());
            java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
            while (matcher.find()) {
                mentions.merge(matcher.group(), 1, Integer::sum);
            }
            // then each names a shared table at most once (MySQL cannot open one temporary table twice in a query), and
            // every table it names is one it lists to build
            mentions.forEach((table, n) -> assertEquals(1, n, query.label() + " reads " + table + " " + n + " times"));
            assertEquals(mentions.keySet(), query.shared().stream().map(SharedSet::table).collect(java.util.stream.Collectors.toSet()), query.label());
            mentions.keySet().forEach(table -> readers.merge(table.replaceAll("^switchover_|_[0-9a-f]{12}$", ""), 1, Integer::sum));
        }
        // the census rules over the referrals that migrate read the episodes; the queries that join a child's survivor
        // once read the survivors (a query that would open one twice is refused when filled: the test above)
        assertEquals(java.util.Map.of("covered", 3, "episodes", 9, "survivors", 11), readers);
    }

    @Test
    void aChangedSharedSetChangesTheCheckSetHash(@TempDir Path dir) throws IOException {
        // given a copy of the project's checks and its hash
        Path checks = MappingCopies.copy(CHECKS, dir);
        MappingSet mappings = MappingSet.load(Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), TransformSettings.defaults());
        String before = CheckSetHash.of(checks, CheckLoader.load(checks, mappings));
        assertEquals(CheckSetHash.of(CHECKS, CheckLoader.load(CHECKS, mappings)), before);
        // when the shared set's statement is changed (NFA referrals dropped from it)
        MappingCopies.edit(checks, "sql/shared/episodes.sql", "WHERE a.merged_into IS NULL", "WHERE a.nfa = 0 AND a.merged_into IS NULL");
        // then the hash differs: a sign-off cannot be carried to checks whose shared set was edited
        assertNotEquals(before, CheckSetHash.of(checks, CheckLoader.load(checks, mappings)));
    }

    @Test
    void aSessionBuildsASetOnceAndAnotherSessionBuildsItsOwn(TestDatabases.LegacyDb legacyDb, @TempDir Path dir) throws Exception {
        // given a shared set of one row
        write(dir, "sql/shared/one.sql", "CREATE TEMPORARY TABLE {table} (PRIMARY KEY (n)) SELECT 1 AS n");
        SharedSet set = new SqlTemplate(dir).fillQuery("SELECT n FROM {{shared one}}", "q.sql", Map.of()).shared().get(0);
        try (Connection first = Databases.connect(legacyDb.spec()); Connection second = Databases.connect(legacyDb.spec())) {
            // when a session builds it, adds a row to it, and is asked for it again
            SharedSet.ensure(first, List.of(set));
            execute(first, SqlResource.load("sql/reconcile-test/add_to_shared_set.legacy.sql").text().replace("{table}", set.table()));
            SharedSet.ensure(first, List.of(set));
            // then it was not built again (the row is still there); another session builds and sees its own
            assertEquals(2, count(first, set.table()));
            SharedSet.ensure(second, List.of(set));
            assertEquals(1, count(second, set.table()));
        }
    }

    @Test
    void aSetThatCannotBeBuiltIsAnErrorNamingItsFile(TestDatabases.LegacyDb legacyDb, @TempDir Path dir) throws Exception {
        // given a shared set that reads a table the database does not have
        write(dir, "sql/shared/lost.sql", "CREATE TEMPORARY TABLE {table} SELECT * FROM no_such_table");
        SharedSet set = new SqlTemplate(dir).fillQuery("SELECT * FROM {{shared lost}}", "q.sql", Map.of()).shared().get(0);
        try (Connection legacy = Databases.connect(legacyDb.spec())) {
            // when it is built, then the error names the file and the table
            ReconciliationException e = assertThrows(ReconciliationException.class, () -> SharedSet.ensure(legacy, List.of(set)));
            assertTrue(e.getMessage().startsWith(dir.resolve("sql/shared/lost.sql") + ": cannot build the shared set " + set.table() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
            assertFalse(e.getMessage().contains("CREATE TEMPORARY TABLES"), "not a missing right: " + e.getMessage());
        }
    }

    /** Writes a checks directory's file, its folders too. */
    private static void write(Path checks, String file, String text) throws IOException {
        Files.createDirectories(checks.resolve(file).getParent());
        Files.writeString(checks.resolve(file), text);
    }

    private static String message(org.junit.jupiter.api.function.Executable fill) {
        return assertThrows(ConfigurationException.class, fill).getMessage();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/reconcile-test/count_shared_set.legacy.sql").text().replace("{table}", table))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
