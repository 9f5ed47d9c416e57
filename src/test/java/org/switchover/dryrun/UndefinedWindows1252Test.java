package org.switchover.dryrun;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.SideResult;
import org.switchover.testing.TestDatabases;
import org.switchover.transform.LossKind;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legacy latin1 rows holding the bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): the
 * dry run still writes U+FFFD for each, and now counts every such value as a lossy conversion of its legacy
 * column, with the bytes as its raw value, which the lossy-conversions check reports.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndefinedWindows1252Test {
    private ConnectionSpec target;
    private DryRunResult result;
    private long[] clients;
    private long[] notes;
    private final List<String> originalRefs = new ArrayList<>();

    @BeforeAll
    void givenGeneratedLegacyRowsWithUndefinedBytes(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws SQLException {
        ConnectionSpec legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.002).seed(11).build());
        try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement()) {
            clients = keys(statement, "SELECT client_no FROM client WHERE merged_into IS NULL ORDER BY client_no LIMIT 3");
            notes = keys(statement, "SELECT n.note_id FROM case_note n JOIN client c ON c.client_no = n.client_no"
                    + " WHERE c.merged_into IS NULL ORDER BY n.note_id LIMIT 3");
            for (long client : new long[] {clients[0], clients[1]}) {
                try (ResultSet ref = statement.executeQuery("SELECT legacy_ref FROM client WHERE client_no = " + client)) {
                    ref.next();
                    originalRefs.add(ref.getString(1));
                }
            }
            // two references, one surname, two note bodies (one with a euro sign, which is defined) and a note type
            statement.executeUpdate("UPDATE client SET legacy_ref = CONCAT(legacy_ref, _latin1 X'81') WHERE client_no = " + clients[0]);
            statement.executeUpdate("UPDATE client SET legacy_ref = CONCAT(_latin1 X'8D', legacy_ref, _latin1 X'9D8D')"
                    + " WHERE client_no = " + clients[1]);
            statement.executeUpdate("UPDATE client SET surname = CONCAT(surname, _latin1 X'8F') WHERE client_no = " + clients[2]);
            statement.executeUpdate("UPDATE case_note SET body = CONCAT(body, _latin1 X'90') WHERE note_id = " + notes[0]);
            statement.executeUpdate("UPDATE case_note SET body = CONCAT(_latin1 X'80', body, _latin1 X'81') WHERE note_id = " + notes[1]);
            statement.executeUpdate("UPDATE case_note SET note_type = CONCAT('VISIT', _latin1 X'9D') WHERE note_id = " + notes[2]);
        }
        result = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("report")).quiet(true).build().dryRun();
        assertTrue(result.succeeded(), () -> "dry run failed: " + result.engine().failure());
    }

    @Test
    void eachValueWithUndefinedBytesIsOneLossOfItsColumnWithTheBytes() throws SQLException {
        // when the run's lossy conversions of the kind are read
        List<String> losses = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement query = connection.prepareStatement("SELECT legacy_table, column_name, legacy_key, target_table, raw_value"
                     + " FROM migration.lossy_conversion WHERE run_id = ? AND kind = ? ORDER BY legacy_table, column_name, legacy_key::bigint")) {
            query.setLong(1, result.engine().runId());
            query.setString(2, LossKind.UNDEFINED_CP1252.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    losses.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3) + " -> " + rows.getString(4)
                            + " " + rows.getString(5));
                }
            }
        }
        // then there is one per value (the note type feeds two target columns, and is one loss), with its bytes only
        assertEquals(List.of(
                "case_note.body " + notes[0] + " -> ssd_case_notes \\x90",
                "case_note.body " + notes[1] + " -> ssd_case_notes \\x81",
                "case_note.note_type " + notes[2] + " -> ssd_case_notes \\x9D",
                "client.legacy_ref " + clients[0] + " -> ssd_person \\x81",
                "client.legacy_ref " + clients[1] + " -> ssd_person \\x8D\\x9D",
                "client.surname " + clients[2] + " -> ssd_person \\x8F"), losses);
    }

    @Test
    void theTargetStillHoldsTheReplacementCharacter() throws SQLException {
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pers_legacy_id FROM csc.ssd_person WHERE pers_person_id IN ('"
                     + clients[0] + "', '" + clients[1] + "') ORDER BY pers_person_id::bigint")) {
            rows.next();
            assertEquals(originalRefs.get(0) + "\ufffd", rows.getString(1));
            rows.next();
            assertEquals("\ufffd" + originalRefs.get(1) + "\ufffd\ufffd", rows.getString(1));
        }
    }

    @Test
    void theLossyConversionsCheckReportsThem() {
        // given the dry run's own reconciliation, when its lossy-conversions check is read
        CheckOutcome check = result.reconciliation().outcomes().stream().filter(o -> o.id().equals("lossy-conversions"))
                .findFirst().orElseThrow();
        Map<String, SideResult.Row> byColumn = check.targetRows().byKey();
        // then the columns that had no other loss show exactly these values, and the check warns
        assertEquals(2, byColumn.get("client.legacy_ref").n(), byColumn.keySet().toString());
        assertEquals("WARN", check.status().name());
        assertTrue(byColumn.containsKey("client.surname") && byColumn.containsKey("case_note.body")
                && byColumn.containsKey("case_note.note_type"), byColumn.keySet().toString());
    }

    private static long[] keys(Statement statement, String sql) throws SQLException {
        List<Long> keys = new ArrayList<>();
        // execute, not executeQuery: Connector/J takes "merged_into" for a SELECT ... INTO and refuses executeQuery
        statement.execute(sql);
        try (ResultSet rows = statement.getResultSet()) {
            while (rows.next()) {
                keys.add(rows.getLong(1));
            }
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }
}
