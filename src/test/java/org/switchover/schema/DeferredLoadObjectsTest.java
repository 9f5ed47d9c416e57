package org.switchover.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
class DeferredLoadObjectsTest {
    /** Every constraint and index of csc, as the catalogue defines it. */
    private static final String DEFINITIONS = "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
            + " FROM pg_constraint WHERE connamespace = 'csc'::regnamespace"
            + " UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'csc' ORDER BY 1";

    @Test
    void deferDropsForeignKeysAndSecondaryIndexesAndRestoreBringsBackExactlyTheSameDefinitions(TestDatabases.TargetDb target)
            throws SQLException {
        // given the migrated target schema
        TargetSchema.migrate(target.spec());
        try (Connection connection = target.connect()) {
            List<String> before = strings(connection, DEFINITIONS);

            // when its foreign keys and indexes are set aside
            DeferredLoadObjects.defer(connection);

            // then no foreign key and no non-unique index is left, primary keys stay, and each dropped object is recorded
            List<String> during = strings(connection, DEFINITIONS);
            assertFalse(during.stream().anyMatch(line -> line.contains("FOREIGN KEY")), during.toString());
            assertTrue(during.stream().anyMatch(line -> line.contains("ssd_case_notes_pkey PRIMARY KEY")), during.toString());
            assertFalse(during.contains("CREATE INDEX ssd_case_notes_person_idx ON csc.ssd_case_notes USING btree (note_person_id)"));
            assertEquals(before.size() - during.size(), DeferredLoadObjects.pending(connection).size());
            assertTrue(DeferredLoadObjects.pending(connection).stream().anyMatch(object -> object.kind().equals("foreign_key")
                    && object.table().equals("csc.ssd_case_notes") && object.name().equals("ssd_case_notes_note_person_id_fkey")));

            // and when one table is restored, then only its objects come back
            DeferredLoadObjects.restoreTable(connection, "ssd_case_notes");
            assertTrue(strings(connection, DEFINITIONS).contains(
                    "CREATE INDEX ssd_case_notes_person_idx ON csc.ssd_case_notes USING btree (note_person_id)"));
            assertFalse(DeferredLoadObjects.pending(connection).stream().anyMatch(o -> o.table().equals("csc.ssd_case_notes")));

            // and when the rest is restored, then the definitions are exactly those Flyway created, and nothing is pending
            DeferredLoadObjects.restoreAll(connection);
            assertEquals(before, strings(connection, DEFINITIONS));
            assertEquals(List.of(), DeferredLoadObjects.pending(connection));
        }
    }

    @Test
    void aRowLoadedWhileTheForeignKeyWasAsideFailsTheRestoreNamingTheConstraintAndKeepsItsRecord(TestDatabases.TargetDb target)
            throws SQLException {
        // given foreign keys set aside and a case note whose person does not exist
        TargetSchema.migrate(target.spec());
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            DeferredLoadObjects.defer(connection);
            statement.execute("INSERT INTO csc.ssd_case_notes (note_id, note_person_id) VALUES (1, 424242)");

            // when everything is restored
            SQLException failure = assertThrows(SQLException.class, () -> DeferredLoadObjects.restoreAll(connection));

            // then the error names the constraint and its table, and the constraint is still recorded as set aside
            assertTrue(failure.getMessage().contains("foreign key ssd_case_notes_note_person_id_fkey on csc.ssd_case_notes"),
                    failure.getMessage());
            assertTrue(DeferredLoadObjects.pending(connection).stream()
                    .anyMatch(object -> object.name().equals("ssd_case_notes_note_person_id_fkey")));

            // and once the row is gone, the restore completes
            statement.execute("DELETE FROM csc.ssd_case_notes");
            DeferredLoadObjects.restoreAll(connection);
            assertEquals(List.of(), DeferredLoadObjects.pending(connection));
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
