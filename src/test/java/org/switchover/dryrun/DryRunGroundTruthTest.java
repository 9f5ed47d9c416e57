package org.switchover.dryrun;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.GroundTruth;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.run.MappingCounts;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dry run on generated legacy data, compared with the generator's ground truth: every figure
 * the generator decided while generating must be what the pipeline did.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DryRunGroundTruthTest {
    private static final double SCALE = 0.02;
    private static final long SEED = 4242L;

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private GroundTruth truth;
    private DryRunResult first;
    private Map<String, String> firstChecksums;
    private DryRunResult second;

    @BeforeAll
    void givenAGeneratedLegacyDatabaseMigratedTwice(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        truth = new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(SEED)
                .groundTruthFile(dir.resolve("truth.json")).build()).groundTruth();
        Switchover switchover = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("report"))
                .quiet(true).build();
        first = switchover.dryRun();
        firstChecksums = checksums();
        second = switchover.dryRun();
    }

    @Test
    void everyMappingBalancesAndMatchesTheGroundTruth() {
        assertTrue(first.succeeded(), () -> "run failed: " + first.engine().failure());
        for (MappingCounts counts : first.engine().mappings()) {
            String key = counts.legacyTable() + "->" + counts.targetTable();
            GroundTruth.MappingCounts expected = truth.mappings().get(key);
            assertTrue(expected != null, "ground truth has no mapping " + key);
            assertEquals(counts.read(), counts.loaded() + counts.excluded() + counts.rejected(), key + " does not balance");
            assertEquals(expected.read(), counts.read(), key + " read");
            assertEquals(expected.loaded(), counts.loaded(), key + " loaded");
            assertEquals(new TreeMap<>(nonZero(expected.excluded())), new TreeMap<>(nonZero(counts.excludedByRule())), key + " excluded by rule");
            assertEquals(new TreeMap<>(nonZero(expected.rejected())), new TreeMap<>(nonZero(counts.rejectedByReason())), key + " rejected by reason");
        }
        assertEquals(truth.mappings().size(), first.engine().mappings().size());
    }

    @Test
    void targetCountsEqualLoadedAndPersonsAreTheSurvivors() throws SQLException {
        try (Connection pg = Databases.connect(target)) {
            for (MappingCounts counts : first.engine().mappings()) {
                assertEquals(counts.loaded(), count(pg, counts.targetTable()), counts.targetTable());
            }
            assertEquals(truth.persons(), count(pg, "ssd_person"));
        }
    }

    @Test
    void rejectsAreRecordedWithRunTableKeyReasonAndRawValues() throws SQLException {
        Map<String, Long> recorded = new TreeMap<>();
        try (Connection pg = Databases.connect(target);
             PreparedStatement query = pg.prepareStatement(SqlResource.load("sql/dryrun/reject_reasons.sql").text())) {
            query.setLong(1, first.engine().runId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    recorded.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                    assertEquals(rows.getLong(3), rows.getLong(4), "every reject keeps its raw values");
                }
            }
        }
        Map<String, Long> expected = new TreeMap<>();
        truth.mappings().forEach((key, counts) -> nonZero(counts.rejected()).forEach((reason, n) ->
                expected.put(key.substring(key.indexOf("->") + 2) + "/" + reason, n)));
        assertEquals(expected, recorded);
        assertFalse(recorded.isEmpty(), "the generated data must exercise rejects");
    }

    @Test
    void lossyConversionsAndUnmappedCodesMatchTheGroundTruthPerColumn() throws SQLException {
        Map<String, Long> lossy = new TreeMap<>();
        Map<String, Long> unmapped = new TreeMap<>();
        try (Connection pg = Databases.connect(target);
             PreparedStatement query = pg.prepareStatement(SqlResource.load("sql/dryrun/lossy_by_column.sql").text())) {
            query.setLong(1, first.engine().runId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Long> into = "UNMAPPED".equals(rows.getString(2)) ? unmapped : lossy;
                    into.merge(rows.getString(1), rows.getLong(3), Long::sum);
                }
            }
        }
        assertEquals(new TreeMap<>(nonZero(truth.lossyConversions())), lossy);
        assertEquals(new TreeMap<>(nonZero(truth.unmappedCodes())), unmapped);
        // and the report lists every unmapped value with its column, adding up to the same counts
        Map<String, Long> listed = new TreeMap<>();
        for (UnmappedCodes.Code code : UnmappedCodes.of(target, first.engine().runId())) {
            listed.merge(code.legacyTable() + "." + code.column(), code.occurrences(), Long::sum);
        }
        assertEquals(unmapped, listed);
    }

    @Test
    void everyCodedColumnHoldsExactlyTheCensusCodesTheGeneratorMeant() throws SQLException {
        // given the census code of every loaded row and list item, as the generator decided it
        Map<String, Map<String, Long>> expected = truth.censusCodes();
        assertEquals(Set.of("ssd_person.pers_sex", "ssd_person.pers_ethnicity", "ssd_disability.disa_disability_code",
                "ssd_contacts.cont_contact_source_code", "ssd_cin_episodes.cine_referral_source_code",
                "ssd_cin_episodes.cine_cin_primary_need_code", "ssd_cin_episodes.cine_close_reason",
                "ssd_assessment_factors.cinf_factor_code", "ssd_cp_plans.cppl_cp_plan_initial_category",
                "ssd_cp_plans.cppl_cp_plan_latest_category", "ssd_involvements.invo_professional_role_id"), expected.keySet());
        // when the target's rows are counted per code, column by column
        Map<String, Map<String, Long>> actual = new TreeMap<>();
        try (Connection pg = Databases.connect(target); Statement statement = pg.createStatement()) {
            for (String column : expected.keySet()) {
                String sql = SqlResource.load("sql/dryrun/census_codes.sql").text()
                        .replace("{table}", column.substring(0, column.indexOf('.'))).replace("{column}", column.substring(column.indexOf('.') + 1));
                Map<String, Long> counts = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
                actual.put(column, counts);
            }
        }
        // then every code has exactly the generator's count (a code map sending a value to the wrong code moves
        // rows from one code to another), and the data exercises every code set
        expected.forEach((column, counts) -> assertEquals(counts, actual.get(column), column + ": rows per census code"));
        expected.forEach((column, counts) -> assertTrue(counts.size() >= 3, column + " has too few codes to prove much: " + counts));
    }

    @Test
    void mergedDuplicatesArePointedAtTheirSurvivor() throws SQLException {
        Map<Long, Long> survivors = lengths(legacy, "sql/dryrun/contact_survivors_legacy.sql");
        Map<Long, Long> loaded = lengths(target, "sql/dryrun/contact_persons_target.sql");
        assertFalse(survivors.isEmpty(), "the generated data must have contacts of merged duplicates");
        survivors.forEach((contact, survivor) -> assertEquals(survivor, loaded.get(contact), "contact " + contact));
    }

    @Test
    void windows1252NamesArriveIntact() throws SQLException {
        Map<Long, String> legacyNames = texts(legacy, "sql/dryrun/cp1252_names_legacy.sql");
        Map<Long, String> targetNames = texts(target, "sql/dryrun/cp1252_names_target.sql");
        assertFalse(legacyNames.isEmpty(), "the generated data must have Windows-1252 names");
        assertTrue(legacyNames.values().stream().anyMatch(n -> n.contains("\u2019")), "a name with ’ (0x92)");
        // every surviving client is a person of the target, so each name must be there, as it was
        Map<Long, String> arrived = new TreeMap<>();
        legacyNames.keySet().forEach(client -> arrived.put(client, targetNames.get(client)));
        assertEquals(legacyNames, arrived, "Windows-1252 names by client_no (null: the person is missing)");
    }

    @Test
    void theRunRecordsItselfWithoutCredentials() throws SQLException {
        try (Connection pg = Databases.connect(target);
             PreparedStatement query = pg.prepareStatement(SqlResource.load("sql/dryrun/run_row.sql").text())) {
            query.setLong(1, first.engine().runId());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("dry-run", row.getString(1));
                assertEquals("SUCCEEDED", row.getString(2));
                assertTrue(row.getBoolean(3) && row.getBoolean(4), "start and end recorded");
                assertEquals(legacy.identity(), row.getString(5));
                assertEquals(target.identity(), row.getString(6));
                assertEquals(64, row.getString(7).length(), "SHA-256 of the mapping set");
                assertEquals(truth.mappings().size(), row.getLong(8), "per-table counts recorded");
            }
        }
    }

    @Test
    void longNotesArriveWhole() throws SQLException {
        Map<Long, Long> legacyLengths = lengths(legacy, "sql/dryrun/big_notes_legacy.sql");
        Map<Long, Long> targetLengths = lengths(target, "sql/dryrun/big_notes_target.sql");
        assertFalse(legacyLengths.isEmpty(), "the generated data must have notes over 64 KB");
        assertEquals(legacyLengths, targetLengths);
    }

    @Test
    void runningTheDryRunAgainGivesAnIdenticalTarget() throws SQLException {
        assertTrue(second.succeeded());
        assertEquals(firstChecksums, checksums());
    }

    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection pg = Databases.connect(target); Statement statement = pg.createStatement()) {
            for (MappingCounts counts : first.engine().mappings()) {
                String sql = SqlResource.load("sql/dryrun/table_checksum.sql").text().replace("{table}", counts.targetTable());
                try (ResultSet rs = statement.executeQuery(sql)) {
                    rs.next();
                    sums.put(counts.targetTable(), rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return sums;
    }

    private static Map<Long, Long> lengths(ConnectionSpec spec, String sqlFile) throws SQLException {
        Map<Long, Long> lengths = new TreeMap<>();
        texts(spec, sqlFile).forEach((key, value) -> lengths.put(key, Long.valueOf(value)));
        return lengths;
    }

    private static Map<Long, String> texts(ConnectionSpec spec, String sqlFile) throws SQLException {
        Map<Long, String> texts = new TreeMap<>();
        try (Connection connection = Databases.connect(spec); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load(sqlFile).text())) {
            while (rows.next()) {
                texts.put(rows.getLong(1), rows.getString(2));
            }
        }
        return texts;
    }

    private static long count(Connection pg, String table) throws SQLException {
        String sql = SqlResource.load("sql/dryrun/table_checksum.sql").text().replace("{table}", table);
        try (Statement statement = pg.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> result = new TreeMap<>();
        if (counts != null) {
            counts.forEach((k, v) -> {
                if (v != null && v != 0) {
                    result.put(k, v);
                }
            });
        }
        return result;
    }
}
