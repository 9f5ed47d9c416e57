package org.switchover.generate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyGeneratorTest {
    static final double SCALE = 0.02;
    static final long SEED = 42;

    @TempDir
    static Path tempDir;
    private GenerationResult result;
    private GroundTruth truth;

    @BeforeAll
    void generate(TestDatabases.LegacyDb legacy) {
        // given an empty legacy schema; when a small county is generated with the default defect rates
        LegacySchema.create(legacy.spec());
        result = new LegacyGenerator().generate(legacy.spec(), settings(SEED).groundTruthFile(tempDir.resolve("truth.json")).build());
        truth = result.groundTruth();
    }

    @Test
    void sameSeedGivesByteIdenticalTablesAndAnotherSeedDoesNot(TestDatabases.LegacyDb legacy) throws Exception {
        ConnectionSpec twin = createDatabase(legacy, "_b");
        ConnectionSpec other = createDatabase(legacy, "_c");
        try {
            // when the same seed and scale are generated again, and once with another seed
            new LegacyGenerator().generate(twin, settings(SEED).build());
            new LegacyGenerator().generate(other, settings(SEED + 1).build());
            // then every table's checksum is identical for the same seed, and the clients differ for the other
            Map<String, Long> first = checksums(legacy.spec());
            assertEquals(12, first.size());
            assertEquals(first, checksums(twin));
            assertNotEquals(first.get("client"), checksums(other).get("client"));
        } finally {
            dropDatabase(legacy, twin);
            dropDatabase(legacy, other);
        }
    }

    @Test
    void rowsPerTableAreWhatTheDatabaseHolds(TestDatabases.LegacyDb legacy) throws Exception {
        Map<String, Long> counted = new LinkedHashMap<>();
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load(LegacyGenerator.ROW_COUNTS_SQL).statements().get(0))) {
            while (rows.next()) {
                counted.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertEquals(counted, result.rowsPerTable());
        assertEquals(counted, truth.rowsGenerated());
        // scale 0.02 of the county proportions; the workforce is fixed-size
        assertEquals(1200, counted.get("client"));
        assertEquals(10_700, counted.get("case_note"));
        assertEquals(600, counted.get("staff"));
        assertEquals(counted.get("client"), truth.mappings().get("client->ssd_person").read());
        assertEquals(counted.get("case_note"), truth.mappings().get("case_note->ssd_case_notes").read());
        assertEquals(counted.get("referral"), truth.mappings().get("referral->ssd_cin_plans").read());
    }

    @Test
    void activeCpPlansAgreeWithPlainSql(TestDatabases.LegacyDb legacy) throws Exception {
        List<Integer> plans = new ArrayList<>();
        Map<Integer, Integer> perChild = new TreeMap<>();
        try (Connection connection = legacy.connect();
             PreparedStatement statement = connection.prepareStatement(groundTruthSql("active-cp-plans.sql"))) {
            statement.setDate(1, Date.valueOf(truth.asOf()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plans.add(rows.getInt(1));
                    perChild.merge(rows.getInt(2), 1, Integer::sum);
                }
            }
        }
        assertFalse(plans.isEmpty());
        assertEquals(plans, truth.allActiveCpPlans());
        assertEquals(perChild.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList(),
                truth.childrenWithMultipleActivePlans());
        assertFalse(truth.childrenWithMultipleActivePlans().isEmpty());
        assertTrue(truth.activeCpPlansExcludingOla() <= plans.size());
    }

    @Test
    void personsAfterMergesAgreeWithPlainSqlAndEveryMergeDefectOccurs(TestDatabases.LegacyDb legacy) throws Exception {
        GroundTruth.MappingCounts person = truth.mappings().get("client->ssd_person");
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(groundTruthSql("persons.sql"))) {
                rows.next();
                assertEquals(rows.getLong(1), truth.persons());
                assertEquals(rows.getLong(1), person.loaded());
            }
            try (ResultSet rows = statement.executeQuery(groundTruthSql("merge-defects.sql"))) {
                rows.next();
                long intoSurvivor = rows.getLong(1);
                long chained = rows.getLong(2);
                long intoMissing = rows.getLong(3);
                long looped = rows.getLong(4);
                assertTrue(intoSurvivor > 0 && chained > 0 && intoMissing > 0 && looped > 0,
                        "survivor " + intoSurvivor + ", chained " + chained + ", missing " + intoMissing + ", loops " + looped);
                assertEquals(intoSurvivor + chained + intoMissing + looped,
                        person.excluded().get("merged_duplicate") + person.rejected().get("merge_chain_broken"));
                assertTrue(person.rejected().get("merge_chain_broken") >= intoMissing + looped);
            }
        }
    }

    @Test
    void oversizedNotesNulBytesAndWindows1252BytesAreStored(TestDatabases.LegacyDb legacy) throws Exception {
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(groundTruthSql("oversized-notes.sql"))) {
                rows.next();
                assertTrue(rows.getLong(1) > 0, "case notes over 64 KB");
            }
            try (ResultSet rows = statement.executeQuery(groundTruthSql("nul-bytes.sql"))) {
                rows.next();
                assertTrue(rows.getLong(1) > 0, "NUL in client forenames");
                assertTrue(rows.getLong(2) > 0, "NUL in case-note bodies");
                assertTrue(rows.getLong(2) >= truth.lossyConversions().get("case_note.body"));
                assertTrue(truth.lossyConversions().get("case_note.body") > 0);
            }
            try (ResultSet rows = statement.executeQuery(groundTruthSql("cp1252-bytes.sql"))) {
                rows.next();
                // Java's ’ (U+2019) and ë (U+00EB) arrive in the latin1 tables as bytes 0x92 and 0xEB
                assertTrue(rows.getLong(1) > 0, "O’Brien-style surnames stored with byte 0x92");
                assertTrue(rows.getLong(2) > 0, "Zoë-style forenames stored with byte 0xEB");
                assertTrue(rows.getLong(3) > 0, "case-note bodies with byte 0x92");
            }
        }
    }

    @Test
    void everyKnownDefectAppearsAtScaleTwoHundredths(TestDatabases.LegacyDb legacy) throws Exception {
        Map<String, Long> defects = new LinkedHashMap<>();
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(groundTruthSql("defects.sql"))) {
            while (rows.next()) {
                defects.put(rows.getString(1), rows.getLong(2));
            }
        }
        defects.forEach((defect, count) -> assertTrue(count > 0, defect + " never occurs: " + defects));
        assertTrue(defects.get("category_vocabularies") >= 10, "mixed category vocabularies " + defects);
        truth.lossyConversions().forEach((column, count) -> assertTrue(count > 0, "no lossy " + column));
        truth.unmappedCodes().forEach((column, count) -> assertTrue(count > 0, "no unmapped " + column));
    }

    @Test
    void groundTruthBalancesAndRoundTripsThroughItsFile() throws Exception {
        truth.mappings().forEach((mapping, counts) -> assertEquals(counts.read(), counts.loaded()
                + counts.excluded().values().stream().mapToLong(Long::longValue).sum()
                + counts.rejected().values().stream().mapToLong(Long::longValue).sum(), mapping));
        assertEquals(17, truth.mappings().size());
        assertFalse(truth.openDutyCases().isEmpty());
        assertTrue(truth.missingMandatory().values().stream().filter(n -> n > 0).count() >= 9, truth.missingMandatory().toString());
        assertEquals(truth, GroundTruth.read(tempDir.resolve("truth.json")));
    }

    @Test
    void refusesADatabaseThatAlreadyHasRows(TestDatabases.LegacyDb legacy) {
        GeneratorException refused = assertThrows(GeneratorException.class,
                () -> new LegacyGenerator().generate(legacy.spec(), settings(SEED).build()));
        assertTrue(refused.getMessage().contains("is not empty: team (40 rows), staff (600 rows), client (1200 rows)"), refused.getMessage());
    }

    @Test
    void refusesADatabaseWithoutTheLegacySchema(TestDatabases.LegacyDb legacy) throws Exception {
        ConnectionSpec empty = createDatabase(legacy, "_e");
        try {
            GeneratorException refused = assertThrows(GeneratorException.class,
                    () -> new LegacyGenerator().generate(empty, settings(SEED).build()));
            assertTrue(refused.getMessage().startsWith("the legacy database " + empty.identity() + " lacks legacy tables team, staff"),
                    refused.getMessage());
        } finally {
            dropDatabase(legacy, empty);
        }
    }

    static GeneratorSettings.Builder settings(long seed) {
        return GeneratorSettings.builder().scale(SCALE).seed(seed);
    }

    static String groundTruthSql(String file) {
        return SqlResource.load("sql/groundtruth/" + file).statements().get(0);
    }

    /** A sibling database on the same server; with schema unless the suffix is "_e". */
    static ConnectionSpec createDatabase(TestDatabases.LegacyDb legacy, String suffix) throws Exception {
        String name = legacy.spec().database() + suffix;
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
        }
        ConnectionSpec spec = legacy.spec().withDatabase(name);
        if (!"_e".equals(suffix)) {
            LegacySchema.create(spec);
        }
        return spec;
    }

    static void dropDatabase(TestDatabases.LegacyDb legacy, ConnectionSpec spec) throws Exception {
        try (Connection connection = legacy.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + spec.database() + "`");
        }
    }

    private static Map<String, Long> checksums(ConnectionSpec spec) throws Exception {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection connection = Databases.connect(spec); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(groundTruthSql("checksums.sql"))) {
            while (rows.next()) {
                String table = rows.getString(1);
                sums.put(table.substring(table.indexOf('.') + 1), rows.getLong(2));
            }
        }
        return sums;
    }
}
