package org.switchover.preflight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A legacy server that makes every new table of one engine (MariaDB's enforce_storage_engine) is refused before a run,
 * because the reconciliation's shared sets would quietly become that engine: found by trying it, with BLACKHOLE every
 * shared set came back empty and 19 checks compared the target with a legacy side that had lost its rows.
 */
@ExtendWith(TestDatabases.class)
class EnforcedEngineTest {
    @Test
    void aServerThatSubstitutesTheSharedSetsEngineIsRefused(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given a MariaDB server that enforces MyISAM on every new table (MySQL has no such setting)
        ConnectionSpec legacy = legacyDb.spec();
        assumeTrue(Queries.rows(legacy, "sql/preflight-test/server_version.legacy.sql").get(0).contains("MariaDB"),
                "enforce_storage_engine is MariaDB's");
        String before = Queries.rows(legacy, "sql/preflight-test/enforced_engine.legacy.sql").get(0);
        Optional<String> problem;
        String madeOf;
        try {
            Queries.update(legacy, "sql/preflight-test/enforce_storage_engine.legacy.sql", "MyISAM");
            // (a session without NO_ENGINE_SUBSTITUTION asks for InnoDB and quietly gets MyISAM)
            madeOf = createdAs(legacy);
            // when the preflight probes the toolkit's legacy session
            try (Connection session = Databases.connect(legacy)) {
                problem = LegacyTemporaryTables.problem(session, legacy.identity());
            }
        } finally {
            Queries.update(legacy, "sql/preflight-test/enforce_storage_engine.legacy.sql", "null".equals(before) ? null : before);
        }
        assertTrue(madeOf.contains("ENGINE=MyISAM"), madeOf);
        // then the server is refused, naming the setting and how to clear it
        assertEquals(Optional.of("legacy database " + legacy.identity() + ": the server will not make the reconciliation's"
                + " shared sets as InnoDB temporary tables (with NO_ENGINE_SUBSTITUTION it refused ENGINE=InnoDB): its"
                + " enforce_storage_engine names another engine, which would hold the sets instead (BLACKHOLE keeps no rows, and"
                + " every check that reads a set would compare the target with an empty legacy side); set"
                + " enforce_storage_engine back to NULL or InnoDB"), problem);
        // and with the server's setting cleared again, the probe passes
        try (Connection session = Databases.connect(legacy)) {
            assertEquals(Optional.empty(), LegacyTemporaryTables.problem(session, legacy.identity()));
        }
    }

    /** What a temporary table asked to be InnoDB was made of in a session without NO_ENGINE_SUBSTITUTION. */
    private static String createdAs(ConnectionSpec legacy) throws Exception {
        List<String> statements = SqlResource.load("sql/preflight-test/asked_innodb.legacy.sql").statements();
        try (Connection session = Databases.connect(legacy); Statement statement = session.createStatement()) {
            statement.execute(statements.get(0));
            statement.execute(statements.get(1));
            try (ResultSet shown = statement.executeQuery(statements.get(2))) {
                shown.next();
                return shown.getString(2);
            }
        }
    }
}
