package org.switchover.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.DatabaseUnavailableException;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Applying, validating and emptying the target schema against a real PostgreSQL database. */
@ExtendWith(TestDatabases.class)
class TargetSchemaTest {
    private static final String HISTORY = TargetSchema.MIGRATION_SCHEMA + "." + TargetSchema.HISTORY_TABLE;
    private static final String CSC_HISTORY = TargetSchema.MIGRATION_SCHEMA + "." + TargetSchema.TARGET_HISTORY_TABLE;
    private static MigrateResult firstMigration;

    @BeforeAll
    static void migrateOnce(TestDatabases.TargetDb target) {
        firstMigration = TargetSchema.migrate(target.spec());
    }

    @Test
    void migrateAppliesEveryMigrationOnceAndNothingTheSecondTime(TestDatabases.TargetDb target) {
        // given a target migrated once (by migrateOnce, on an empty database)
        // when it is migrated again
        MigrateResult second = TargetSchema.migrate(target.spec());
        // then the first run applied the toolkit's V2, V4 (cutover), V5 (deferred load objects), V6 (reconciliation records),
        // V7 (gate and fingerprints), V8 (ledger), V9 (browser sign-off), V10 (scratch runs), V11 (crosswalk records), V12 (key ranges),
        // V13 (ledger records), V14 (the unlogged dry-run mark), V15 (copy marks) and V16 (the note of writes on csc) and the
        // root project's target-schema/V1 (csc), the second nothing, and both leave the migration schema at version 16 and the project's
        // target schema at version 1
        assertEquals(new MigrateResult(15, "16", "1"), firstMigration);
        assertEquals(new MigrateResult(0, "16", "1"), second);
        TargetSchema.validate(target.spec());
    }

    @Test
    void anAppliedMigrationThatWasChangedIsReportedInOneLine(TestDatabases.TargetDb target) throws SQLException {
        // given a target-schema history whose V1 checksum no longer matches the file (as if V1 had been edited)
        execute(target, "UPDATE " + CSC_HISTORY + " SET checksum = checksum + 1 WHERE version = '1'");
        try {
            // when the schema is validated or migrated
            TargetSchemaException onValidate = assertThrows(TargetSchemaException.class, () -> TargetSchema.validate(target.spec()));
            TargetSchemaException onMigrate = assertThrows(TargetSchemaException.class, () -> TargetSchema.migrate(target.spec()));
            // then both say which database and which migration, in one line
            String expected = "target database " + target.spec().identity()
                    + ": schema validation failed: migration V1 (csc schema) was changed after it was applied (checksum mismatch)";
            assertEquals(expected, onValidate.getMessage());
            assertEquals(expected, onMigrate.getMessage());
        } finally {
            execute(target, "UPDATE " + CSC_HISTORY + " SET checksum = checksum - 1 WHERE version = '1'");
        }
        TargetSchema.validate(target.spec());
    }

    @Test
    void aMigrationAppliedInTheDatabaseButUnknownHereIsReported(TestDatabases.TargetDb target) throws SQLException {
        // given a history that records a V3 this toolkit does not have (a newer toolkit applied it)
        execute(target, "INSERT INTO " + HISTORY + " (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (99, '3', 'newer thing', 'SQL', 'V3__newer_thing.sql', 7,"
                + " 'postgres', 1, true)");
        try {
            // when the schema is validated or migrated, then both refuse, naming V3
            String expected = "target database " + target.spec().identity()
                    + ": schema validation failed: migration V3 (newer thing) is applied in the database but missing from this toolkit";
            assertEquals(expected, assertThrows(TargetSchemaException.class, () -> TargetSchema.validate(target.spec())).getMessage());
            assertEquals(expected, assertThrows(TargetSchemaException.class, () -> TargetSchema.migrate(target.spec())).getMessage());
        } finally {
            execute(target, "DELETE FROM " + HISTORY + " WHERE version = '3'");
        }
    }

    @Test
    void aMigrationNotAppliedYetFailsValidation(TestDatabases.TargetDb target) throws SQLException {
        // given a history that lacks V2 (as if this toolkit were newer than the last migrate)
        execute(target, "CREATE TABLE public.saved_v2 AS SELECT * FROM " + HISTORY + " WHERE version = '2'");
        execute(target, "DELETE FROM " + HISTORY + " WHERE version = '2'");
        try {
            // when it is validated, then V2 is named as not applied
            TargetSchemaException e = assertThrows(TargetSchemaException.class, () -> TargetSchema.validate(target.spec()));
            assertEquals("target database " + target.spec().identity() + ": schema validation failed: "
                    + "migration V2 (migration schema) is not applied yet (run the schema migration first)", e.getMessage());
        } finally {
            execute(target, "INSERT INTO " + HISTORY + " SELECT * FROM public.saved_v2");
            execute(target, "DROP TABLE public.saved_v2");
        }
        TargetSchema.validate(target.spec());
    }

    @Test
    void validatingANeverMigratedDatabaseSaysToMigrateFirst(TestDatabases.TargetDb target) throws SQLException {
        // given a second, empty database on the same server
        String name = target.spec().database() + "_empty";
        execute(target, "CREATE DATABASE \"" + name + "\"");
        ConnectionSpec empty = target.spec().withDatabase(name);
        try {
            // when it is validated
            TargetSchemaException e = assertThrows(TargetSchemaException.class, () -> TargetSchema.validate(empty));
            // then the message says the schema was never migrated, on one line
            assertEquals("target database " + empty.identity() + ": schema validation failed: "
                    + "Schema \"migration\" doesn't exist yet (run the schema migration first)", e.getMessage());
        } finally {
            execute(target, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    @Test
    void anUnreachableServerIsReportedWithoutThePassword() {
        // given a spec for a port nothing listens on, with a password
        ConnectionSpec nowhere = new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://127.0.0.1:1/switchover",
                "postgres", "pw-never-shown");
        // when it is migrated, then it is a DatabaseUnavailableException naming the database and not the password
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> TargetSchema.migrate(nowhere));
        assertTrue(e.getMessage().startsWith("cannot connect to the target database 127.0.0.1:1/switchover: "), e.getMessage());
        assertFalse(e.getMessage().contains("pw-never-shown"));
        assertEquals(DatabaseRole.TARGET, e.role());
    }

    @Test
    void truncateCscEmptiesEveryCscTableAndKeepsTheBookkeeping(TestDatabases.TargetDb target) throws SQLException {
        try (Connection connection = target.connect()) {
            // given one row in every csc table, and a recorded run
            SqlResource.load("sql/target/one_row_per_csc_table.sql").executeAll(connection);
            execute(target, "INSERT INTO migration.run (kind, status, legacy_identity, target_identity, mapping_hash,"
                    + " toolkit_version) VALUES ('dry-run', 'RUNNING', 'l:3306/legacy', 't:5432/switchover', 'h', 'test')");
            Map<String, ?> tables = Catalog.columns(connection, TargetSchema.CSC_SCHEMA);
            assertAll(tables.keySet().stream().map(table -> () ->
                    assertEquals(1, Catalog.count(connection, "csc." + table), table + " before")));
            // when csc is truncated
            TargetSchema.truncateCsc(connection);
            // then every csc table is empty and the run is still recorded
            assertAll(tables.keySet().stream().map(table -> () ->
                    assertEquals(0, Catalog.count(connection, "csc." + table), table + " after")));
            assertEquals(1, Catalog.count(connection, "migration.run"));
        }
    }

    @Test
    void theCommittedCopyOfTheSpecMatchesTheSharedOne() throws Exception {
        // given the shared spec is checked out next to the repository (else there is nothing to compare)
        assumeTrue(Files.isRegularFile(NewSystemSpec.SHARED_SPEC), "shared spec not present");
        // when both are read, then the fallback copy is current
        assertEquals(Files.readString(NewSystemSpec.SHARED_SPEC), NewSystemSpec.fallbackText());
    }

    private static void execute(TestDatabases.TargetDb target, String sql) throws SQLException {
        try (Connection connection = Databases.connect(target.spec()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
