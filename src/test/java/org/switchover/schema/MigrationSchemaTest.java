package org.switchover.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toolkit's bookkeeping schema: its tables, keys, indexes, checks and the single target_status row. */
@ExtendWith(TestDatabases.class)
class MigrationSchemaTest {

    @BeforeAll
    static void migrate(TestDatabases.TargetDb target) {
        TargetSchema.migrate(target.spec());
    }

    @Test
    void theBookkeepingTablesHaveTheAgreedColumnsAndKeys(TestDatabases.TargetDb target) throws SQLException {
        // given the migrated target, when the migration schema's catalog is read
        Map<String, Map<String, Catalog.ColumnType>> columns;
        Map<String, List<String>> keys;
        Set<String> indexed;
        try (Connection connection = target.connect()) {
            columns = Catalog.columns(connection, TargetSchema.MIGRATION_SCHEMA);
            keys = Catalog.primaryKeys(connection, TargetSchema.MIGRATION_SCHEMA);
            indexed = Catalog.indexedLeadingColumns(connection, TargetSchema.MIGRATION_SCHEMA);
        }
        // then the tables, their columns and keys are the agreed ones, next to the two Flyway histories (the toolkit's and the project target schema's)
        assertEquals(Set.of("run", "run_table", "run_rule", "reject", "lossy_conversion", "target_status",
                "checkpoint", "sign_off", "event", "delta_table", "deferred_load_object", "reconciliation", "reconciliation_check",
                "finding", "exception", "fingerprint", "fingerprint_table", "fingerprint_bucket", "exclusion", "ledger", "app_user",
                "reconciliation_crosswalk", "key_range", "unlogged_csc", "copy_mark", "csc_change", "run_csc_mark",
                TargetSchema.HISTORY_TABLE, TargetSchema.TARGET_HISTORY_TABLE), columns.keySet());
        // (csc_change: one note per statement that wrote a csc table; run_csc_mark: the last note when a run's load ended: CscWrites)
        assertEquals(List.of("change_id", "table_name", "operation", "changed_by", "changed_at"),
                List.copyOf(columns.get("csc_change").keySet()));
        assertEquals(List.of("change_id"), keys.get("csc_change"));
        assertEquals(List.of("run_id", "last_change_id", "marked_at", "guard_state"), List.copyOf(columns.get("run_csc_mark").keySet()));
        assertTrue(indexed.contains("run_csc_mark.run_id"), indexed.toString());
        // (unlogged_csc: the mark a dry run writes beside its unlogged csc, one column, no key: CscPersistence)
        assertEquals(List.of("set_at"), List.copyOf(columns.get("unlogged_csc").keySet()));
        assertEquals(null, keys.get("unlogged_csc"));
        // (copy_mark: one row per COPY into csc, whose xmin is the copied rows' own; no key, read by run and table: InterruptedRun)
        assertEquals(List.of("run_id", "target_table"), List.copyOf(columns.get("copy_mark").keySet()));
        assertEquals(null, keys.get("copy_mark"));
        assertEquals(List.of("user_id", "user_name", "user_role", "password_hash", "created_at", "created_by_os_user"),
                List.copyOf(columns.get("app_user").keySet()));
        assertEquals(List.of("user_id"), keys.get("app_user"));
        assertEquals(List.of("reconciliation_id", "place", "legacy_value", "code", "legacy_rows", "target_rows"),
                List.copyOf(columns.get("reconciliation_crosswalk").keySet()));
        assertTrue(indexed.contains("reconciliation_crosswalk.reconciliation_id"), indexed.toString());
        // and a reconciliation's crosswalk is a record, like the reconciliation: no UPDATE, DELETE or TRUNCATE
        try (Connection connection = target.connect(); java.sql.Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute("TRUNCATE migration.reconciliation_crosswalk"));
            assertTrue(refused.getMessage().contains("migration.reconciliation_crosswalk is a record and cannot be changed"), refused.getMessage());
            // and so are the notes of writes on csc and the runs' marks
            for (String record : List.of("csc_change", "run_csc_mark")) {
                SQLException emptied = assertThrows(SQLException.class, () -> statement.execute("TRUNCATE migration." + record));
                assertTrue(emptied.getMessage().contains("migration." + record + " is a record and cannot be changed"), emptied.getMessage());
            }
        }
        assertEquals(List.of("entry_id", "kind", "ref_id", "content_sha256", "previous_sha256", "entry_sha256", "recorded_at"),
                List.copyOf(columns.get("ledger").keySet()));
        assertEquals(List.of("entry_id"), keys.get("ledger"));
        assertEquals(List.of("reconciliation_id", "run_id", "made_at", "verdict", "report_sha256", "report_path", "as_of", "go_live",
                "legacy_identity", "target_identity", "check_set_hash", "whole_state", "html_sha256", "ledger_version"), List.copyOf(columns.get("reconciliation").keySet()));
        assertEquals(List.of("reconciliation_id", "check_id", "status", "legacy_count", "target_count", "owner"),
                List.copyOf(columns.get("reconciliation_check").keySet()));
        assertEquals(List.of("reconciliation_id", "check_id", "record_key", "legacy_ref", "reason", "status", "exception_id"),
                List.copyOf(columns.get("finding").keySet()));
        assertEquals(List.of("exception_id", "reconciliation_id", "run_id", "check_id", "record_key", "legacy_ref", "record_reason",
                "decision", "owner_name", "owner_role", "reason", "decided_at"), List.copyOf(columns.get("exception").keySet()));
        assertEquals(List.of("reconciliation_id", "check_id", "record_key"), keys.get("finding"));
        assertEquals(List.of("reconciliation_id", "check_id"), keys.get("reconciliation_check"));
        assertEquals(List.of("fingerprint_id", "kind", "run_id", "legacy_server", "legacy_database", "legacy_clock", "seconds",
                "made_at"), List.copyOf(columns.get("fingerprint").keySet()));
        assertEquals(List.of("fingerprint_id", "legacy_table", "key_column", "bucketing", "bucket_size", "columns", "row_count"),
                List.copyOf(columns.get("fingerprint_table").keySet()));
        assertEquals(List.of("fingerprint_id", "legacy_table", "bucket", "row_count", "content_hash"),
                List.copyOf(columns.get("fingerprint_bucket").keySet()));
        assertEquals(List.of("fingerprint_id", "legacy_table", "bucket"), keys.get("fingerprint_bucket"));
        assertEquals(List.of("exclusion_id", "run_id", "legacy_table", "target_table", "legacy_key", "rule", "units"),
                List.copyOf(columns.get("exclusion").keySet()));
        assertEquals(List.of("kind", "table_name", "object_name", "restore_sql", "deferred_at"),
                List.copyOf(columns.get("deferred_load_object").keySet()));
        assertEquals(List.of("kind", "table_name", "object_name"), keys.get("deferred_load_object"));
        assertEquals(List.of("run_id", "kind", "started_at", "ended_at", "status", "legacy_identity", "target_identity",
                "mapping_hash", "toolkit_version", "as_of", "verdict", "report_sha256", "failure",
                "legacy_started_at", "resumed", "since_run_id", "legacy_server", "legacy_database", "no_go_reason"),
                List.copyOf(columns.get("run").keySet()));
        assertEquals(List.of("run_id", "mapping_id", "last_key", "chunks", "committed_at", "range_no"), List.copyOf(columns.get("checkpoint").keySet()));
        assertEquals(List.of("run_id", "mapping_id", "range_no"), keys.get("checkpoint"));
        // a split mapping's key ranges, recorded so that --resume reads the same ones
        assertEquals(List.of("run_id", "mapping_id", "range_no", "after_key", "up_to_key"), List.copyOf(columns.get("key_range").keySet()));
        assertEquals(List.of("run_id", "mapping_id", "range_no"), keys.get("key_range"));
        assertEquals(List.of("sign_off_id", "run_id", "owner_name", "owner_role", "report_path", "report_sha256", "mapping_hash",
                "toolkit_version", "verdict", "signed_at", "reconciliation_id", "decisions_through", "os_user", "db_user", "html_sha256",
                "channel"), List.copyOf(columns.get("sign_off").keySet()));
        assertEquals(List.of("event_id", "run_id", "at", "command", "action", "detail", "options", "os_user",
                "db_users", "host", "toolkit_version"), List.copyOf(columns.get("event").keySet()));
        assertEquals(List.of("run_id", "mapping_id", "dirty_keys", "deleted_rows", "loaded_rows", "changed_keys"),
                List.copyOf(columns.get("delta_table").keySet()));
        assertEquals(List.of("run_id", "mapping_id", "legacy_table", "target_table", "read", "loaded", "excluded",
                "rejected", "seconds"), List.copyOf(columns.get("run_table").keySet()));
        assertEquals(List.of("run_id", "mapping_id", "outcome", "rule", "rows"), List.copyOf(columns.get("run_rule").keySet()));
        assertEquals(List.of("reject_id", "run_id", "legacy_table", "target_table", "legacy_key", "reason", "detail",
                "raw_values", "recorded_at"), List.copyOf(columns.get("reject").keySet()));
        assertEquals(List.of("lossy_id", "run_id", "legacy_table", "target_table", "legacy_key", "column_name", "kind",
                "raw_value"), List.copyOf(columns.get("lossy_conversion").keySet()));
        assertEquals(List.of("singleton", "production", "marked_at", "marked_by_run"),
                List.copyOf(columns.get("target_status").keySet()));
        assertEquals(List.of("run_id", "mapping_id"), keys.get("run_table"));
        assertEquals(List.of("run_id", "mapping_id", "outcome", "rule"), keys.get("run_rule"));
        assertEquals("jsonb", columns.get("reject").get("raw_values").dataType());
        assertEquals(new Catalog.ColumnType("numeric", null, 12, 3), columns.get("run_table").get("seconds"));
        assertTrue(indexed.containsAll(Set.of("reject.run_id", "lossy_conversion.run_id", "reconciliation.run_id", "finding.check_id",
                "exception.check_id", "exclusion.run_id", "fingerprint.run_id", "copy_mark.run_id")), indexed.toString());
    }

    @Test
    void aRunGetsItsIdAndStartTimeAndItsRejectsAndLossesPointAtIt(TestDatabases.TargetDb target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            // given a recorded run
            long runId;
            try (ResultSet rs = statement.executeQuery("INSERT INTO migration.run (kind, status, legacy_identity,"
                    + " target_identity, mapping_hash, toolkit_version) VALUES ('dry-run', 'RUNNING', 'h:3306/legacy',"
                    + " 'h:5432/switchover', 'abc', '0.1.0') RETURNING run_id, started_at IS NOT NULL")) {
                rs.next();
                runId = rs.getLong(1);
                assertTrue(rs.getBoolean(2));
            }
            // when a reject and a lossy conversion are recorded for it, then they are stored
            statement.execute("INSERT INTO migration.reject (run_id, legacy_table, target_table, legacy_key, reason,"
                    + " raw_values) VALUES (" + runId + ", 'contact_log', 'ssd_contacts', '17', 'unknown_client', '{\"client_no\": 0}')");
            statement.execute("INSERT INTO migration.lossy_conversion (run_id, legacy_table, target_table, legacy_key,"
                    + " column_name, kind, raw_value) VALUES (" + runId + ", 'client', 'ssd_person', '5', 'dob', 'UNPARSEABLE', '31/02/2011')");
            assertEquals(1, Catalog.count(connection, "migration.reject WHERE run_id = " + runId + " AND recorded_at IS NOT NULL"));
            assertEquals(1, Catalog.count(connection, "migration.lossy_conversion WHERE run_id = " + runId));
            // and rows for a run that does not exist are refused
            SQLException orphan = assertThrows(SQLException.class, () -> statement.execute("INSERT INTO migration.reject"
                    + " (run_id, legacy_table, target_table, reason) VALUES (" + (runId + 1000) + ", 'x', 'y', 'z')"));
            assertEquals("23503", orphan.getSQLState());
        }
    }

    @Test
    void kindsStatusesVerdictsAndOutcomesAreCheckedAgainstTheirValueLists(TestDatabases.TargetDb target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            // given the value lists, when a run with an unknown kind, status or verdict is recorded, then it is refused
            String columns = "INSERT INTO migration.run (kind, status, verdict, legacy_identity, target_identity,"
                    + " mapping_hash, toolkit_version) VALUES ";
            for (String values : List.of("('rehearsal', 'RUNNING', NULL", "('delta', 'DONE', NULL", "('delta', 'FAILED', 'MAYBE'")) {
                SQLException e = assertThrows(SQLException.class, () -> statement.execute(columns + values + ", 'l', 't', 'h', 'v')"));
                assertEquals("23514", e.getSQLState(), values);
            }
            statement.execute(columns + "('final-load', 'SUCCEEDED', 'NO_GO', 'l', 't', 'h', 'v')");
            SQLException outcome = assertThrows(SQLException.class, () -> statement.execute("INSERT INTO migration.run_rule"
                    + " (run_id, mapping_id, outcome, rule, rows) SELECT max(run_id), 'client-person', 'skipped', 'r', 1 FROM migration.run"));
            assertEquals("23514", outcome.getSQLState());
        }
    }

    @Test
    void targetStatusHasExactlyOneRowThatStartsAsNotProduction(TestDatabases.TargetDb target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            // given the migrated target, when target_status is read, then it is one row, not production
            try (ResultSet rs = statement.executeQuery("SELECT production, marked_at FROM migration.target_status")) {
                assertTrue(rs.next());
                assertFalse(rs.getBoolean(1));
                assertNull(rs.getObject(2));
                assertFalse(rs.next());
            }
            // and no second row can be added, whatever its key
            for (String key : List.of("true", "false")) {
                SQLException e = assertThrows(SQLException.class, () ->
                        statement.execute("INSERT INTO migration.target_status (singleton) VALUES (" + key + ")"));
                assertTrue(Set.of("23505", "23514").contains(e.getSQLState()), key + ": " + e.getSQLState());
            }
        }
    }
}
