package org.switchover.legacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.SqlResource;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacySchemaTest {
    private Map<String, LegacySpecTables.SpecTable> spec;

    @BeforeAll
    void createSchema(TestDatabases.LegacyDb legacy) throws Exception {
        // given the spec and an empty database; when the schema is created
        spec = LegacySpecTables.parse(LegacySpecTables.specFile());
        LegacySchema.create(legacy.spec());
    }

    @Test
    void specParsesToTwelveTables() {
        assertEquals(List.of("team", "staff", "client", "contact_log", "referral", "assessment", "s47_icpc",
                "cp_registration", "cp_review", "lac_episode", "allocation", "case_note"), List.copyOf(spec.keySet()));
    }

    @Test
    void everyTableAndColumnMatchesTheSpec(TestDatabases.LegacyDb legacy) throws Exception {
        try (Connection connection = legacy.connect()) {
            // then the database has exactly the spec's tables
            assertEquals(spec.keySet().stream().sorted().toList(), LegacySchema.existingTables(connection));
            for (LegacySpecTables.SpecTable table : spec.values()) {
                List<String[]> actual = columns(connection, table.name());
                assertEquals(table.columns().stream().map(LegacySpecTables.SpecColumn::name).toList(),
                        actual.stream().map(c -> c[0]).toList(), "columns (in order) of " + table.name());
                for (int i = 0; i < actual.size(); i++) {
                    assertColumn(table, table.columns().get(i), actual.get(i));
                }
                assertTable(connection, table);
            }
        }
    }

    @Test
    void secondCreateIsRefusedNamingTheDatabaseAndTables(TestDatabases.LegacyDb legacy) {
        // when the schema is created again in the now non-empty database
        LegacySchemaException refused = assertThrows(LegacySchemaException.class, () -> LegacySchema.create(legacy.spec()));
        // then the message names the database, the table count and the first tables
        assertEquals("legacy database " + legacy.spec().identity() + " already has 12 tables "
                + "(allocation, assessment, case_note, client, contact_log, ...); legacy-schema only fills an empty database",
                refused.getMessage());
    }

    private static void assertColumn(LegacySpecTables.SpecTable table, LegacySpecTables.SpecColumn expected, String[] actual) {
        String where = table.name() + "." + expected.name();
        // MariaDB reports integer display widths (int(11)); the spec's type has none
        String type = actual[1].replaceAll("^(int|bigint)\\(\\d+\\)", "$1");
        assertEquals(expected.type(), type, "type of " + where);
        if (expected.nullable() != null) {
            assertEquals(expected.nullable() ? "YES" : "NO", actual[2], "nullability of " + where);
        }
        assertEquals(expected.primaryKey(), "PRI".equals(actual[3]), "primary key " + where);
        assertEquals(expected.autoIncrement(), actual[4].contains("auto_increment"), "auto_increment on " + where);
        if (expected.defaultValue() != null) {
            assertEquals(expected.defaultValue(), actual[5], "default of " + where);
        }
        if (actual[6] != null) {
            assertEquals(table.charset(), actual[6], "character set of " + where);
        }
    }

    private static void assertTable(Connection connection, LegacySpecTables.SpecTable table) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/schema/table.sql").statements().get(0))) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), table.name());
                assertEquals("InnoDB", rows.getString(1), "engine of " + table.name());
                assertTrue(rows.getString(2).startsWith(table.charset() + "_"), "default charset of " + table.name() + ": " + rows.getString(2));
            }
        }
    }

    private static List<String[]> columns(Connection connection, String table) throws Exception {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/schema/columns.sql").statements().get(0))) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String[] c = new String[7];
                    for (int i = 0; i < 7; i++) {
                        c[i] = rows.getString(i + 1);
                    }
                    columns.add(c);
                }
            }
        }
        assertFalse(columns.isEmpty(), "table " + table + " exists");
        return columns;
    }
}
