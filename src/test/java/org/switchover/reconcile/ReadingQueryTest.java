package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigProblem;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.MappingCopies;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A check's query is one statement that only reads, as its own database reads the text ({@link ReadingQuery}). */
class ReadingQueryTest {
    private static final Path CHECKS = SwitchoverSettings.DEFAULT_CHECKS;
    private static final String MUST = "q.sql: a check's query must only read: one SELECT (or WITH ... SELECT), and this one ";

    @Test
    void aStatementThatChangesIsRefusedNamingWhatItBeginsWith() {
        assertEquals(MUST + "begins with DELETE", refused("DELETE FROM client WHERE client_no = 162", ReadingQuery.Dialect.MYSQL));
        assertEquals(MUST + "begins with UPDATE", refused("-- a comment first\nUPDATE client SET name = ''", ReadingQuery.Dialect.MYSQL));
        assertEquals(MUST + "begins with COPY", refused("COPY (SELECT 1) TO '/tmp/x'", ReadingQuery.Dialect.POSTGRES));
        assertEquals(MUST + "begins with nothing", refused("  -- only a comment", ReadingQuery.Dialect.POSTGRES));
    }

    @Test
    void aChangeInsideAReadIsRefusedNamingTheWord() {
        // a data-modifying CTE (PostgreSQL), a file written by the server, row locks
        assertEquals(MUST + "holds DELETE (fragments filled in; comments and literals aside)",
                refused("WITH gone AS (DELETE FROM csc.ssd_person RETURNING *) SELECT * FROM gone", ReadingQuery.Dialect.POSTGRES));
        assertEquals(MUST + "holds INTO (fragments filled in; comments and literals aside)",
                refused("SELECT * FROM client INTO OUTFILE '/tmp/children.csv'", ReadingQuery.Dialect.MYSQL));
        assertEquals(MUST + "holds UPDATE (fragments filled in; comments and literals aside)",
                refused("SELECT * FROM client FOR UPDATE", ReadingQuery.Dialect.MYSQL));
        assertEquals(MUST + "holds SHARE (fragments filled in; comments and literals aside)",
                refused("SELECT * FROM csc.ssd_person FOR SHARE", ReadingQuery.Dialect.POSTGRES));
    }

    @Test
    void aFunctionThatCouldLiftTheReadOnlySessionOrReachServerFilesIsRefused() {
        assertEquals(MUST + "calls set_config(), which could lift its session's read-only setting, reach the server's files or open a session of its own",
                refused("SELECT set_config('default_transaction_read_only', 'off', false) AS row_key", ReadingQuery.Dialect.POSTGRES));
        assertEquals(MUST + "calls load_file(), which could lift its session's read-only setting, reach the server's files or open a session of its own",
                refused("SELECT LOAD_FILE('/etc/passwd') AS row_key", ReadingQuery.Dialect.MYSQL));
        assertEquals(MUST + "calls dblink_exec(), which could lift its session's read-only setting, reach the server's files or open a "
                + "session of its own", refused("SELECT dblink_exec('dbname=switchover', 'DELETE FROM csc.ssd_person') AS row_key",
                ReadingQuery.Dialect.POSTGRES));
    }

    @Test
    void aSecondStatementIsRefused() {
        assertEquals(MUST + "holds a second statement after its ';'",
                refused("SELECT 1 AS row_key; DELETE FROM client", ReadingQuery.Dialect.MYSQL));
        // a trailing ';' (and a comment after it) is one statement
        assertDoesNotThrow(() -> ReadingQuery.refuseChanges("SELECT 1 AS row_key;\n-- done\n", ReadingQuery.Dialect.POSTGRES, "q.sql"));
    }

    @Test
    void textIsReadAsEachDatabaseReadsItSoNothingHidesInWhatLooksLikeALiteral() {
        // MySQL: a backslash escapes the quote, so the DELETE is outside the string
        assertEquals(MUST + "holds a second statement after its ';'",
                refused("SELECT 'it\\'s' AS row_key; DELETE FROM client -- '", ReadingQuery.Dialect.MYSQL));
        // PostgreSQL: a backslash is a character of the string, so the DELETE is outside it
        assertEquals(MUST + "holds a second statement after its ';'",
                refused("SELECT 'a\\' AS row_key; DELETE FROM csc.ssd_person -- '", ReadingQuery.Dialect.POSTGRES));
        // MySQL: "--" followed by no space is two minus signs, not a comment
        assertEquals(MUST + "holds INTO (fragments filled in; comments and literals aside)",
                refused("SELECT 1--1 INTO OUTFILE '/tmp/x'", ReadingQuery.Dialect.MYSQL));
        // MySQL runs the text of an executable comment
        assertEquals(MUST + "holds an executable comment (/*! or /*M!), whose text the server runs",
                refused("SELECT 1 /*!50000 INTO OUTFILE '/tmp/x' */", ReadingQuery.Dialect.MYSQL));
        // PostgreSQL: a dollar-quoted string ends where its tag does
        assertEquals(MUST + "holds a second statement after its ';'",
                refused("SELECT $q$ x $q$ AS row_key; DELETE FROM csc.ssd_person", ReadingQuery.Dialect.POSTGRES));
    }

    @Test
    void readsThatNameSuchWordsAsFunctionsLiteralsNamesOrCommentsPass() {
        for (String sql : List.of(
                "SELECT REPLACE(c.name, 'DELETE', '') AS row_key, INSERT(c.legacy_ref, 1, 0, 'x') FROM client c",
                "SELECT c.updated_dt, `update`, \"set\" FROM client c # update nothing\nWHERE c.note = 'DROP TABLE'",
                "(SELECT 1 AS row_key) UNION ALL (SELECT 2)",
                "WITH RECURSIVE up (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM up WHERE n < 3) SELECT n AS row_key FROM up")) {
            assertDoesNotThrow(() -> ReadingQuery.refuseChanges(sql, ReadingQuery.Dialect.MYSQL, "q.sql"), sql);
        }
        assertDoesNotThrow(() -> ReadingQuery.refuseChanges("SELECT $$DELETE$$ AS row_key, E'it\\'s; DROP' /* update */ FROM csc.ssd_person",
                ReadingQuery.Dialect.POSTGRES, "q.sql"));
    }

    @Test
    void aProjectWithACheckThatChangesLegacyIsRefusedBeforeARunLoads(@TempDir Path dir) throws IOException {
        // given a copy of the project's checks where the legacy volume check's query deletes the children it counts
        Path checks = MappingCopies.copy(CHECKS, dir);
        MappingCopies.edit(checks, "sql/volume/legacy-volume.legacy.sql", "SELECT source, n FROM (", "DELETE FROM client; SELECT source, n FROM (");
        MappingSet mappings = MappingSet.load(Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), TransformSettings.defaults());
        // when its queries are checked, as validate and every run do before loading
        List<ConfigProblem> problems = Reconciliation.queryProblems(checks, mappings, LocalDate.of(2019, 1, 31));
        // then that query is refused, naming the check and its file; every query of the project's own checks passes
        assertEquals(List.of(checks.resolve("legacy-volume.yml") + ": " + checks.resolve("sql/volume/legacy-volume.legacy.sql")
                        + ": a check's query must only read: one SELECT (or WITH ... SELECT), and this one begins with DELETE"),
                problems.stream().map(Object::toString).toList());
        assertEquals(List.of(), Reconciliation.queryProblems(CHECKS, mappings, LocalDate.of(2019, 1, 31)));
    }

    private static String refused(String sql, ReadingQuery.Dialect dialect) {
        return assertThrows(ConfigurationException.class, () -> ReadingQuery.refuseChanges(sql, dialect, "q.sql")).getMessage();
    }
}
