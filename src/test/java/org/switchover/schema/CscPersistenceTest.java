package org.switchover.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * csc made unlogged and logged again, and how a crash is told from its mark, on a real PostgreSQL database. The crash
 * itself (a killed backend, so the server runs crash recovery) is TargetRestartTest's; here the mark is removed as crash
 * recovery removes it.
 */
@ExtendWith(TestDatabases.class)
class CscPersistenceTest {
    private static final String PERSISTENCE = "sql/cutover/csc_persistence.sql";

    @Test
    void aTargetNotYetMigratedHasNoUnloggedCscToHaveLost(TestDatabases.TargetDb target) throws Exception {
        // given a database the toolkit has never migrated (no migration schema, so no mark table)
        try (Connection connection = target.connect()) {
            // then no crash can have emptied a csc of its making
            assertFalse(CscPersistence.emptiedByCrash(connection));
        }
    }

    @Test
    void cscIsUnloggedWithItsMarkAndALostMarkIsACrash(TestDatabases.TargetDb target) throws Exception {
        // given a migrated target whose csc is empty and has its foreign keys set aside, as a full load prepares it
        TargetSchema.migrate(target.spec());
        try (Connection connection = target.connect()) {
            TargetSchema.truncateCsc(connection);
            DeferredLoadObjects.defer(connection);
            assertFalse(CscPersistence.emptiedByCrash(connection), "logged csc");

            // when a dry run sets it unlogged
            CscPersistence.unlogged(connection);
            // then every table is unlogged and the mark is there: no crash
            assertEquals(List.of("u"), Queries.rows(target.spec(), PERSISTENCE));
            assertFalse(CscPersistence.emptiedByCrash(connection), "unlogged csc with its mark");

            // when the mark goes, as crash recovery empties it
            Queries.update(target.spec(), "sql/schema/lose_unlogged_mark.sql");
            // then the crash is seen
            assertTrue(CscPersistence.emptiedByCrash(connection), "unlogged csc without its mark");

            // when a final load sets csc logged again
            CscPersistence.logged(connection);
            // then every table is logged and nothing is lost
            assertEquals(List.of("p"), Queries.rows(target.spec(), PERSISTENCE));
            assertFalse(CscPersistence.emptiedByCrash(connection), "logged csc");
            DeferredLoadObjects.restoreAll(connection);
        }
    }
}
