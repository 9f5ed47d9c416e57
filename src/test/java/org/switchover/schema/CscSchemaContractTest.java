package org.switchover.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.switchover.testing.TestDatabases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The csc schema the migrations create, compared with the tables of new-system.md. */
@ExtendWith(TestDatabases.class)
class CscSchemaContractTest {
    /** Spec types as information_schema names them. */
    private static final Map<String, String> PG_TYPE_OF = Map.of("text", "text", "bigint", "bigint", "date", "date",
            "timestamp", "timestamp without time zone", "jsonb", "jsonb");
    /** References the task names besides the spec's arrows and *_person_id columns. */
    private static final Map<String, String> EXTRA_REFERENCES = Map.of(
            "ssd_assessment_factors.cinf_assessment_id", "ssd_cin_assessments",
            "ssd_initial_cp_conference.icpc_s47_enquiry_id", "ssd_s47_enquiry");
    private static final Set<String> TIMESTAMP_COLUMNS = Set.of("cont_contact_date", "note_date");
    private static final Set<String> FLAG_COLUMNS = Set.of("prof_agency_worker_flag", "prof_active_flag",
            "cine_referral_nfa", "cina_assessment_child_seen", "s47e_s47_nfa", "icpc_icpc_outcome_cp_flag",
            "cppl_cp_plan_ola", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "note_seen_alone_flag");

    private static Map<String, NewSystemSpec.Table> spec;

    @BeforeAll
    static void migrate(TestDatabases.TargetDb target) {
        TargetSchema.migrate(target.spec());
        spec = NewSystemSpec.tables();
    }

    @Test
    void everyTableAndColumnOfTheSpecExistsAndNothingElse(TestDatabases.TargetDb target) throws SQLException {
        // given the migrated target, when its csc catalog is read
        Map<String, Map<String, Catalog.ColumnType>> actual;
        try (Connection connection = target.connect()) {
            actual = Catalog.columns(connection, TargetSchema.CSC_SCHEMA);
        }
        // then it holds exactly the spec's tables, each with exactly the spec's columns
        assertEquals(new TreeSet<>(spec.keySet()), new TreeSet<>(actual.keySet()));
        assertAll(spec.values().stream().map(table -> () -> assertEquals(
                new TreeSet<>(table.allColumns()), new TreeSet<>(actual.get(table.name()).keySet()), table.name())));
    }

    @Test
    void primaryKeysAreTheSpecKeysIncludingTheCompositeOnes(TestDatabases.TargetDb target) throws SQLException {
        // given the migrated target, when its primary keys are read
        Map<String, List<String>> keys;
        try (Connection connection = target.connect()) {
            keys = Catalog.primaryKeys(connection, TargetSchema.CSC_SCHEMA);
        }
        // then each table's key is the spec's, column for column and in order
        assertAll(spec.values().stream().map(table -> () -> assertEquals(table.key(), keys.get(table.name()), table.name())));
        assertEquals(List.of("disa_person_id", "disa_disability_code"), keys.get("ssd_disability"));
        assertEquals(List.of("cinf_assessment_id", "cinf_factor_code"), keys.get("ssd_assessment_factors"));
    }

    @Test
    void everyArrowAndEveryPersonIdIsADeferrableForeignKeyIndexedOnItsColumn(TestDatabases.TargetDb target) throws SQLException {
        // given the references the spec names: its arrows, every *_person_id, and the task's extra two
        Map<String, String> expected = new TreeMap<>(EXTRA_REFERENCES);
        for (NewSystemSpec.Table table : spec.values()) {
            table.foreignKeys().forEach((column, referenced) -> expected.put(table.name() + "." + column, referenced));
            table.allColumns().stream()
                    .filter(column -> column.endsWith("_person_id") && !table.name().equals("ssd_person"))
                    .forEach(column -> expected.put(table.name() + "." + column, "ssd_person"));
        }
        // when the catalog's foreign keys and indexes are read
        List<Catalog.ForeignKey> actual;
        Set<String> indexed;
        try (Connection connection = target.connect()) {
            actual = Catalog.foreignKeys(connection, TargetSchema.CSC_SCHEMA);
            indexed = Catalog.indexedLeadingColumns(connection, TargetSchema.CSC_SCHEMA);
        }
        // then they are exactly those, each to the referenced table's key, deferrable, initially immediate, indexed
        Map<String, String> actualReferences = new TreeMap<>();
        actual.forEach(fk -> actualReferences.put(fk.table() + "." + fk.column(), fk.referencedTable()));
        assertEquals(expected, actualReferences);
        assertTrue(expected.containsKey("ssd_contacts.cont_person_id") && expected.containsKey("ssd_cp_reviews.cppr_person_id"));
        List<Executable> checks = new ArrayList<>();
        for (Catalog.ForeignKey fk : actual) {
            String where = fk.table() + "." + fk.column();
            checks.add(() -> assertEquals(spec.get(fk.referencedTable()).key(), List.of(fk.referencedColumn()), where));
            checks.add(() -> assertEquals(1, fk.width(), where));
            checks.add(() -> assertTrue(fk.deferrable() && !fk.initiallyDeferred(), where + " deferrable initially immediate"));
            checks.add(() -> assertTrue(indexed.contains(where), where + " indexed"));
        }
        assertAll(checks);
    }

    @Test
    void columnTypesFollowTheSpecAndTheTypeConventions(TestDatabases.TargetDb target) throws SQLException {
        // given the migrated target, when the column types are read
        Map<String, Map<String, Catalog.ColumnType>> actual;
        List<Catalog.ForeignKey> foreignKeys;
        try (Connection connection = target.connect()) {
            actual = Catalog.columns(connection, TargetSchema.CSC_SCHEMA);
            foreignKeys = Catalog.foreignKeys(connection, TargetSchema.CSC_SCHEMA);
        }
        // then every type the spec states holds, and the conventions for dates, json, flags and ids
        List<Executable> checks = new ArrayList<>();
        for (NewSystemSpec.Table table : spec.values()) {
            Map<String, Catalog.ColumnType> columns = actual.get(table.name());
            table.declaredTypes().forEach((column, type) -> checks.add(() ->
                    assertEquals(PG_TYPE_OF.get(type), columns.get(column).dataType(), table.name() + "." + column)));
            columns.forEach((column, type) -> checks.add(() ->
                    assertEquals(conventionalType(column, type), type.dataType(), table.name() + "." + column)));
        }
        for (Catalog.ForeignKey fk : foreignKeys) {
            checks.add(() -> assertEquals(actual.get(fk.referencedTable()).get(fk.referencedColumn()).dataType(),
                    actual.get(fk.table()).get(fk.column()).dataType(), fk.table() + "." + fk.column()));
        }
        Catalog.ColumnType fte = actual.get("ssd_professionals").get("prof_full_time_equivalency");
        checks.add(() -> assertEquals(new Catalog.ColumnType("numeric", null, 3, 2), fte));
        FLAG_COLUMNS.forEach(flag -> checks.add(() -> assertTrue(actual.values().stream()
                .anyMatch(columns -> new Catalog.ColumnType("character", 1, null, null).equals(columns.get(flag))), flag)));
        assertAll(checks);
    }

    @Test
    void flagsAcceptOnlyYAndN(TestDatabases.TargetDb target) throws SQLException {
        // given a department, when a professional is stored with active flag 'X', then the CHECK refuses it
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO csc.ssd_department (dept_team_id) VALUES ('FLAGS')");
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(
                    "INSERT INTO csc.ssd_professionals (prof_professional_id, prof_active_flag) VALUES ('W-X', 'X')"));
            assertEquals("23514", refused.getSQLState());
            statement.execute("INSERT INTO csc.ssd_professionals (prof_professional_id, prof_active_flag) VALUES ('W-Y', 'Y')");
            assertEquals(1, Catalog.count(connection, "csc.ssd_professionals WHERE prof_professional_id = 'W-Y'"));
            statement.execute("TRUNCATE csc.ssd_department CASCADE");
        }
    }

    @Test
    void foreignKeysCheckAtOnceUnlessATransactionDefersThem(TestDatabases.TargetDb target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            // given no person 42, when a contact names it, then it is refused at once
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(
                    "INSERT INTO csc.ssd_contacts (cont_contact_id, cont_person_id) VALUES (1, 42)"));
            assertEquals("23503", refused.getSQLState());
            // when a transaction defers the constraints, the child may come before its parent
            connection.setAutoCommit(false);
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            statement.execute("INSERT INTO csc.ssd_contacts (cont_contact_id, cont_person_id) VALUES (1, 42)");
            statement.execute("INSERT INTO csc.ssd_person (pers_person_id) VALUES (42)");
            connection.commit();
            // then both rows are stored
            assertEquals(1, Catalog.count(connection, "csc.ssd_contacts WHERE cont_person_id = 42"));
            statement.execute("TRUNCATE csc.ssd_person CASCADE");
            connection.commit();
        }
    }

    private static String conventionalType(String column, Catalog.ColumnType actual) {
        if (column.endsWith("_json")) {
            return "jsonb";
        }
        if (TIMESTAMP_COLUMNS.contains(column)) {
            return "timestamp without time zone";
        }
        if (column.endsWith("_date") || column.endsWith("_dob")) {
            return "date";
        }
        if (column.endsWith("_person_id") || column.endsWith("_referral_id")) {
            return "bigint";
        }
        if (FLAG_COLUMNS.contains(column)) {
            return "character";
        }
        return actual.dataType(); // no convention for this column name
    }
}
