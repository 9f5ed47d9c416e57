package org.switchover.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.census.CensusExport;
import org.switchover.census.CensusResult;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.legacy.LegacySchema;
import org.switchover.operation.ValidationResult;
import org.switchover.project.Project;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.run.MappingCounts;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.TestQueries;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second example, examples/carefirst-to-ssd, migrated with its files only: its fixture loaded into a legacy database
 * created from its legacy/schema.sql, a dry run with --project, and every figure compared with the one its README
 * derives by hand from the fixture (row accounting per mapping, the headlines' legacy truth, the verdict, the census
 * return written with the example's own returns/cin-census/ queries).
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarefirstExampleTest {
    static final Path EXAMPLE = Path.of("examples", "carefirst-to-ssd");
    private static final String LA = "840";

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private DryRunResult dryRun;
    private JsonNode report;

    @BeforeAll
    void givenTheExampleFixtureInItsLegacySchema(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                 @TempDir Path dir) throws Exception {
        Project project = new Project(EXAMPLE);
        LegacySchema.create(legacyDb.spec(), project.legacySchemaFile());
        LegacySchema.load(legacyDb.spec(), Project.sqlFiles(project.fixtures()));
        legacy = legacyDb.spec();
        target = targetDb.spec();
        dryRun = Switchover.configure().project(EXAMPLE).legacy(legacyDb.spec()).target(target).reportDir(dir.resolve("report"))
                .quiet(true).configFile(null).build().dryRun();
        report = new ObjectMapper().readTree(dir.resolve("report").resolve("reconciliation.json").toFile());
    }

    @Test
    void theExampleValidatesWithEveryFixturePassing() {
        // when the example's project is validated
        ValidationResult result = Switchover.configure().project(EXAMPLE).build().validate();
        // then its 8 mappings and their 15 fixtures hold, with no problem
        assertEquals(List.of(), result.problems());
        assertEquals(8, result.files());
        assertEquals(15, result.fixtures());
        assertEquals(List.of(), result.fixtureFailures());
    }

    @Test
    void everyMappingAccountsForItsRowsAsTheReadmeDerives() {
        // then read = loaded + excluded + rejected per mapping, each figure as the README's table gives it
        assertTrue(dryRun.succeeded(), () -> "dry run failed: " + dryRun.engine().failure());
        Map<String, List<Long>> expected = new TreeMap<>(Map.of(
                "ssd_department", List.of(3L, 3L, 0L, 0L),
                "ssd_professionals", List.of(6L, 6L, 0L, 0L),
                "ssd_person", List.of(40L, 36L, 2L, 2L),
                "ssd_cin_episodes", List.of(61L, 38L, 20L, 3L),
                "ssd_cin_plans", List.of(61L, 20L, 41L, 0L),
                "ssd_cp_plans", List.of(14L, 13L, 0L, 1L),
                "ssd_involvements", List.of(32L, 31L, 0L, 1L),
                "ssd_contacts", List.of(30L, 29L, 0L, 1L)));
        Map<String, List<Long>> actual = new TreeMap<>();
        for (MappingCounts counts : dryRun.engine().mappings()) {
            actual.put(counts.mappingId(), List.of(counts.read(), counts.loaded(), counts.excluded(), counts.rejected()));
        }
        assertEquals(expected, actual);
        // and the rules and reasons are the declared ones
        assertEquals(Map.of("merged_duplicate", 2L), dryRun.engine().counts("ssd_person").excludedByRule());
        assertEquals(Map.of("merge_chain_broken", 2L), dryRun.engine().counts("ssd_person").rejectedByReason());
        assertEquals(Map.of("not_a_referral", 20L), dryRun.engine().counts("ssd_cin_episodes").excludedByRule());
        assertEquals(Map.of("not_a_cin_plan", 41L), dryRun.engine().counts("ssd_cin_plans").excludedByRule());
        assertEquals(Map.of("unknown_client", 3L), dryRun.engine().counts("ssd_cin_episodes").rejectedByReason());
    }

    @Test
    void theHeadlinesTellTheLegacyTruthAndTheVerdictIsNoGo() {
        // then each headline counts what legacy holds: the planted records that cannot migrate are listed, with reason
        assertHeadline("openReferrals", 16, 13, List.of("139 CF-000039 unknown_client", "140 CF-000040 unknown_client",
                "141 null unknown_client"));
        assertHeadline("openDutyCases", 8, 5, List.of("139 CF-000039 unknown_client", "140 CF-000040 unknown_client",
                "141 null unknown_client"));
        assertHeadline("activeCpPlans", 8, 7, List.of("313 CF-000039 unknown_client"));
        // and the verdict is NO_GO for those three checks and nothing else
        assertEquals("NO_GO", report.path("verdict").asText());
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), dryRun.reconciliation().failingCheckIds());
    }

    @Test
    void anAsOfDateBeforeCareFirstsLatestChangeFailsItsExtractDate(@TempDir Path dir) {
        // given the example's dry run at 2019-01-31, passing its extract date (the fixture's last stamp is 2018-12-01)
        assertEquals("PASS", outcome(dryRun.reconciliation(), "extract-date").status().name());
        // when it is reconciled as of 2018-10-31
        ReconciliationResult earlier = Switchover.configure().project(EXAMPLE).legacy(legacy).target(target).reportDir(dir.resolve("report"))
                .asOf(LocalDate.of(2018, 10, 31)).quiet(true).configFile(null).build().reconcile();
        // then the extract date fails, naming each table with a later change: the stamped ones and an allocation started since
        CheckOutcome extract = outcome(earlier, "extract-date");
        assertEquals("FAIL", extract.status().name());
        assertEquals(List.of("allocation (started)", "cp_register", "episode", "person"),
                extract.legacyRows().byKey().keySet().stream().sorted().toList());
        assertEquals("20181101", extract.legacyRows().byKey().get("allocation (started)").values().get("latest"));
    }

    @Test
    void lookupCodesTextDatesAndWindows1252NamesArriveAsTheReadmeSays() throws Exception {
        // then the codes came through code_lookup and the code maps, the dates of birth from text, the names intact
        Map<Long, String[]> persons = TestQueries.byFirstColumn(target, "example/carefirst_persons_target");
        assertArrayEquals(new String[] {"O’Brien", "F", "WBRI", "2015-11-11"}, persons.get(10L));
        assertArrayEquals(new String[] {"Ní Bhriain", "M", "ABAN", "2008-04-04"}, persons.get(3L));
        assertArrayEquals(new String[] {"Wilson", "M", "MWBC", null}, persons.get(7L));
        // and the referrals of the duplicates 37 and 38 belong to their survivor 5; NFA came through the lookup
        Map<Long, String[]> episodes = TestQueries.byFirstColumn(target, "example/carefirst_episode_persons_target");
        assertArrayEquals(new String[] {"5", "N"}, episodes.get(137L));
        assertArrayEquals(new String[] {"5", "N"}, episodes.get(138L));
        assertArrayEquals(new String[] {"21", "Y"}, episodes.get(121L));
        // and every planted conversion defect is counted against its column
        assertEquals(Map.of(
                "ssd_cin_plans.parent_episode_id DANGLING_REFERENCE", 1L,
                "ssd_contacts.source_code UNMAPPED", 1L,
                "ssd_involvements.end_ymd UNPARSEABLE", 1L,
                "ssd_person.date_of_birth UNKNOWN_VALUE", 1L,
                "ssd_person.date_of_birth UNPARSEABLE", 1L,
                "ssd_person.ethnicity_code UNMAPPED", 1L,
                "ssd_person.gender_code UNMAPPED", 1L), lossyByColumn());
    }

    @Test
    void theCensusOfEachYearValidatesAndHoldsTheChildrenAndEpisodesTheReadmeDerives(@TempDir Path dir) throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("census/CIN_schema_2024.xsd"));
        // year -> children, episodes, CINPlanDates, ChildProtectionPlans, ReferralNFA true: the README's derivation
        Map<Integer, List<Integer>> expected = Map.of(2018, List.of(13, 13, 13, 12, 0), 2019, List.of(32, 33, 14, 8, 5));
        for (int year : new int[] {2018, 2019}) {
            // when the example's census return of the year is written from its target with its own queries
            Path out = dir.resolve("cin_census_" + year + ".xml");
            CensusResult result = census().census(year, LA, out);
            // then it validates against the DfE schema
            assertDoesNotThrow(() -> schema.newValidator().validate(new StreamSource(out.toFile())), "census " + year);
            // and its children, episodes, plans and NFA referrals are the hand-derived ones, with nothing held back
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
            assertEquals(expected.get(year), List.of(result.children(), result.episodes(), count(xml, "CINPlanDates"),
                    count(xml, "ChildProtectionPlans"), (int) texts(xml, "ReferralNFA").stream().filter("true"::equals).count()),
                    "census " + year);
            assertEquals(result.children(), count(xml, "Child"));
            assertEquals(result.episodes(), count(xml, "CINdetails"));
            assertEquals(List.of(), result.heldBack(), "census " + year);
        }
        // and 2019 names its 32 children by reference: survivor 5 (its duplicates' referrals 137, 138), then 6-36
        List<String> children = texts(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("cin_census_2019.xml").toFile()), "LAchildID");
        List<String> derived = new ArrayList<>();
        for (int person = 5; person <= 36; person++) {
            derived.add(String.format("CF-%06d", person));
        }
        assertEquals(derived, children);
    }

    @Test
    void aPlanTheSchemaCannotCarryIsHeldBackAndListedNotWritten(@TempDir Path dir) throws Exception {
        // given CP plan 307 without its latest category in the target (the fixture has none such: it is planted, then restored)
        plantLatestCategory("SAB", null);
        try {
            // when the 2019 return is written
            Path out = dir.resolve("cin.xml");
            CensusResult result = census().census(2019, LA, out);
            // then the plan is held back, named by the child's reference, and the file carries the 7 others
            assertEquals(List.of(new CensusResult.HeldBack("CF-000007", "ChildProtectionPlans", 307, "no LatestCategoryOfAbuse")),
                    result.heldBack());
            assertEquals(7, count(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile()), "ChildProtectionPlans"));
            assertEquals(2, Files.readAllLines(CensusExport.heldBackFile(out)).size(), "header and the plan");
        } finally {
            plantLatestCategory(null, "SAB");
        }
    }

    private Switchover census() {
        return Switchover.configure().project(EXAMPLE).target(target).quiet(true).configFile(null).build();
    }

    private void plantLatestCategory(String expectedBefore, String value) throws Exception {
        try (Connection connection = Databases.connect(target);
             PreparedStatement update = connection.prepareStatement(SqlResource.load("sql/example/carefirst_plant_cp_category.sql").text())) {
            assertEquals(expectedBefore,
                    TestQueries.byFirstColumn(target, "example/carefirst_cp_category_target").get(307L)[0]);
            update.setString(1, value);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static CheckOutcome outcome(ReconciliationResult result, String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static int count(Document xml, String element) {
        return xml.getElementsByTagName(element).getLength();
    }

    private static List<String> texts(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagName(element);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }

    private void assertHeadline(String section, long legacy, long target, List<String> notMigrated) {
        JsonNode headline = report.path(section);
        assertEquals(legacy, headline.path("legacy").asLong(), section);
        assertEquals(target, headline.path("target").asLong(), section);
        assertEquals(target, headline.path("migrated").asLong(), section);
        List<String> listed = new ArrayList<>();
        headline.path("notMigrated").forEach(n -> listed.add((n.has("referralId") ? n.path("referralId") : n.path("planId")).asText()
                + " " + (n.path("legacyRef").isNull() ? "null" : n.path("legacyRef").asText()) + " " + n.path("reason").asText()));
        assertEquals(notMigrated, listed, section);
        assertEquals("FAIL", headline.path("status").asText(), section);
    }

    private Map<String, Long> lossyByColumn() throws Exception {
        Map<String, Long> lossy = new TreeMap<>();
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/example/lossy_count_by_column.sql").text())) {
            while (rows.next()) {
                lossy.put(rows.getString(1), rows.getLong(2));
            }
        }
        return lossy;
    }
}
