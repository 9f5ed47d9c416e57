package org.switchover.census;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.GroundTruth;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.SideResult;
import org.switchover.reconcile.Status;
import org.switchover.files.CsvTable;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.XlsxSheets;
import org.switchover.testing.TestQueries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Day-one returns from a generated and dry-run legacy database at scale 0.1, against the generator's ground truth: the
 * CIN census XML validates against the DfE schema (src/test/resources/census, source in its README) and holds exactly
 * the children the ground truth says were in need in the year.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnsGroundTruthTest {
    private static final double SCALE = 0.1;
    private static final long SEED = 20190201L;
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);
    private static final String LA = "840";

    private GroundTruth truth;
    private Switchover switchover;
    private ConnectionSpec legacy;
    private ReconciliationResult reconciliation;

    @BeforeAll
    void givenAGeneratedLegacyDatabaseDryRun(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) {
        legacy = legacyDb.spec();
        LegacySchema.create(legacy);
        truth = new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(SEED).build()).groundTruth();
        switchover = Switchover.configure().legacy(legacy).target(targetDb.spec()).reportDir(dir.resolve("report"))
                .goLive(GO_LIVE).quiet(true).build();
        DryRunResult dryRun = switchover.dryRun();
        assertTrue(dryRun.succeeded(), () -> "dry run failed: " + dryRun.engine().failure());
        reconciliation = dryRun.reconciliation();
        reconciliation.outcomes().stream().filter(o -> o.check().rule() != null || o.id().startsWith("annex-a") || o.id().startsWith("caseload") || o.id().equals("duty-waits"))
                .forEach(o -> System.out.printf("%s: %s legacy %s target %s (%.2f s) %s%n", o.id(), o.status(), o.legacy(), o.target(),
                        o.seconds(), o.detail()));
    }

    @Test
    void annexAListsCaseloadsAndDutyWaitsAgreeOnBothSidesAndWithTheGroundTruth() throws Exception {
        // then every list, caseload and wait agrees between the two systems
        for (String id : List.of("annex-a-list-1", "annex-a-list-3", "annex-a-list-4", "annex-a-list-5", "annex-a-list-6",
                "annex-a-list-7", "caseload-workers", "caseload-teams", "duty-waits")) {
            CheckOutcome o = outcome(id);
            assertEquals(Status.PASS, o.status(), id + ": " + o.detail());
            assertTrue(o.target() > 0, id + " holds records at scale 0.1");
        }
        // every census rule check finds the same records on both sides (a WARN at most), and 8935 the ground truth's children
        List<CheckOutcome> rules = reconciliation.outcomes().stream().filter(o -> o.check().rule() != null).toList();
        assertEquals(72, rules.size(), "the census rule checks of reconciliation/census/");
        rules.forEach(o -> assertEquals(o.legacy(), o.target(), o.id() + ": " + o.detail()));
        rules.forEach(o -> assertTrue(o.status() == Status.PASS || o.status() == Status.WARN, o.id() + ": " + o.detail()));
        assertEquals(truth.childrenWithMultipleActivePlans().size(), outcome("multiple-active-cp-plans").target());
        // list 6 (children in need) holds exactly the open referrals that migrate, the duty waits exactly the open duty cases
        assertEquals(truth.openReferrals().stream().map(String::valueOf).sorted().toList(), sortedKeys(outcome("annex-a-list-6").targetRows()));
        assertEquals(truth.openDutyCases().stream().map(String::valueOf).sorted().toList(), sortedKeys(outcome("duty-waits").targetRows()));
        // the working days, counted here from legacy's own referral dates and the bank holidays file, are the report's
        Set<LocalDate> holidays = Files.readAllLines(Path.of("reconciliation/calendar/england-bank-holidays.csv")).stream().skip(1)
                .map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());
        Map<Long, String[]> referred = TestQueries.byFirstColumn(legacy, "reconcile-test/referral_dates");
        LocalDate asOf = LocalDate.parse(truth.asOf());
        Map<String, Long> buckets = new TreeMap<>();
        for (SideResult.Row row : outcome("duty-waits").targetRows().rows()) {
            String date = referred.get(Long.parseLong(row.key()))[0];
            Long days = date == null ? null : LocalDate.parse(date).plusDays(1).datesUntil(asOf.plusDays(1))
                    .filter(d -> d.getDayOfWeek().getValue() < 6 && !holidays.contains(d)).count();
            assertEquals(days == null ? null : String.valueOf(days), row.values().get("working_days"), "referral " + row.key());
            buckets.merge(row.values().get("bucket"), 1L, Long::sum);
        }
        System.out.println("duty waits by bucket (working days): " + buckets);
        // and the caseloads count every worker's open cases, the same workers over 20 on both sides
        CheckOutcome workers = outcome("caseload-workers");
        System.out.printf("workers with cases: legacy %d target %d; over 20: legacy %d target %d%n", workers.legacy(), workers.target(),
                over(workers.legacyRows()), over(workers.targetRows()));
        assertEquals(over(workers.legacyRows()), over(workers.targetRows()));
    }

    @Test
    void theAnnexAFilesHoldEveryListOfBothSidesAndTheWorkbookASheetPerListWithoutADateOfBirth() throws Exception {
        Path dir = reconciliation.reportDir().resolve("annex-a");
        for (int list : List.of(1, 3, 4, 5, 6, 7)) {
            CheckOutcome o = outcome("annex-a-list-" + list);
            List<String> target = Files.readAllLines(dir.resolve("list-" + list + "-target.csv"));
            List<String> legacySide = Files.readAllLines(dir.resolve("list-" + list + "-legacy.csv"));
            assertEquals(o.target() + 1, target.size(), "list " + list + " target rows and header");
            assertEquals(o.legacy() + 1, legacySide.size(), "list " + list + " legacy rows and header");
            assertTrue(target.get(0).startsWith("ChildUniqueID,Gender,Ethnicity,Date of birth,Age,Record"), target.get(0));
            // the date-of-birth column is empty on every row
            target.stream().skip(1).forEach(line -> assertTrue(line.matches("[^,]*,[^,]*,[^,]*,,.*"), line));
        }
        byte[] workbook = Files.readAllBytes(dir.resolve("annex-a.xlsx"));
        assertEquals('P', workbook[0]);
        assertEquals('K', workbook[1]);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("annex-a.xlsx").toFile())) {
            long sheets = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count();
            assertEquals(6, sheets, "a sheet per list");
        }
        // and each list's sheet holds, cell for cell, what its target CSV holds (the CSV marks a formula-like cell; the
        // workbook keeps the value: CsvTable marks it again)
        Map<String, List<List<String>>> sheetsRead = XlsxSheets.read(dir.resolve("annex-a.xlsx"));
        assertEquals(List.of("List 1", "List 3", "List 4", "List 5", "List 6", "List 7"), List.copyOf(sheetsRead.keySet()));
        for (int list : List.of(1, 3, 4, 5, 6, 7)) {
            List<List<String>> cells = sheetsRead.get("List " + list);
            String csv = Files.readString(dir.resolve("list-" + list + "-target.csv"));
            assertEquals(csv, CsvTable.text(cells.get(0), cells.subList(1, cells.size())), "list " + list + " sheet and CSV");
        }
    }

    private CheckOutcome outcome(String id) {
        return reconciliation.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> sortedKeys(SideResult rows) {
        return rows.rows().stream().map(SideResult.Row::key).sorted(java.util.Comparator.comparingLong(Long::parseLong)).toList();
    }

    private static long over(SideResult rows) {
        return rows.rows().stream().filter(r -> Long.parseLong(r.values().get("cases")) > 20).count();
    }

    @Test
    void theCensusXmlOfEachYearValidatesAgainstTheDfeSchemaAndHoldsTheGroundTruthsChildren(@TempDir Path dir) throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("census/CIN_schema_2024.xsd"));
        for (int year : new int[] {2018, 2019}) {
            // when the census return of the year is written from the target
            Path out = dir.resolve("cin_census_" + year + ".xml");
            CensusResult result = switchover.census(year, LA, out);
            System.out.printf("census %d at scale %.1f: %d children, %d episodes, %d held back, %d bytes, %.2f s%n", year, SCALE,
                    result.children(), result.episodes(), result.heldBack().size(), result.bytes(), result.seconds());
            // then the file validates against the DfE schema
            assertDoesNotThrow(() -> schema.newValidator().validate(new StreamSource(out.toFile())), "census " + year);
            // and holds one Child per child in need in the year, as the generator decided them
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
            NodeList children = xml.getElementsByTagName("Child");
            assertEquals(truth.censusChildren().get(String.valueOf(year)), (long) children.getLength(), "children in " + year);
            assertEquals(children.getLength(), result.children());
            assertTrue(children.getLength() > 100, "a scale-0.1 year holds hundreds of children");
            // each child once, named by its legacy reference
            Set<String> ids = new HashSet<>();
            NodeList laIds = xml.getElementsByTagName("LAchildID");
            for (int i = 0; i < laIds.getLength(); i++) {
                String id = laIds.item(i).getTextContent();
                assertTrue(id.matches("[A-Z]+/\\d+"), id);
                assertTrue(ids.add(id), "one Child per child: " + id);
            }
            assertEquals(LA, ((Element) xml.getElementsByTagName("LEA").item(0)).getTextContent());
            assertEquals(year + "-03-31", xml.getElementsByTagName("ReferenceDate").item(0).getTextContent());
            assertEquals(result.bytes(), Files.size(out));
            // and no end lies after the year (rule 8620 and its kin), no conference outside it (8715) or at both levels (2884)
            for (String ending : List.of("CINclosureDate", "CINPlanEndDate", "AssessmentAuthorisationDate", "CPPendDate")) {
                NodeList ends = xml.getElementsByTagName(ending);
                for (int i = 0; i < ends.getLength(); i++) {
                    assertFalse(LocalDate.parse(ends.item(i).getTextContent()).isAfter(LocalDate.of(year, 3, 31)), ending + " in " + year);
                }
            }
            NodeList conferences = xml.getElementsByTagName("DateOfInitialCPC");
            for (int i = 0; i < conferences.getLength(); i++) {
                LocalDate held = LocalDate.parse(conferences.item(i).getTextContent());
                assertFalse(held.isAfter(LocalDate.of(year, 3, 31)) || held.isBefore(LocalDate.of(year - 1, 4, 1)), "DateOfInitialCPC " + held);
                assertEquals("Section47", conferences.item(i).getParentNode().getNodeName(), "every conference has its enquiry here");
            }
        }
    }

    @Test
    void aFileWithAWithdrawnFactorCodeWouldNotValidateSoTheExportHoldsItBack(@TempDir Path dir) throws Exception {
        // given the 2019 return, and the factor codes the target holds that the schema does not list (19A)
        Path out = dir.resolve("cin.xml");
        CensusResult result = switchover.census(2019, LA, out);
        long withdrawn = result.heldBack().stream().filter(h -> h.element().equals("AssessmentFactors")).count();
        // then each is listed by legacy reference beside the file, and the file carries none
        assertTrue(withdrawn > 0, "the generator writes factor 19A, which the 2024 schema no longer lists");
        assertFalse(Files.readString(out).contains("<AssessmentFactors>19A<"));
        String csv = Files.readString(CensusExport.heldBackFile(out));
        assertEquals(result.heldBack().size() + 1, csv.lines().count());
        // when a 19A is put back into the XML, the schema refuses it: the guard is needed
        Path planted = dir.resolve("planted.xml");
        Files.writeString(planted, Files.readString(out).replaceFirst("<AssessmentFactors>[0-9A-Z]+</AssessmentFactors>",
                "<AssessmentFactors>19A</AssessmentFactors>"));
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("census/CIN_schema_2024.xsd"));
        assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(planted.toFile())));
    }

    @Test
    void badOptionsAreRefusedTogetherBeforeAnythingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("cin.xml");
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> switchover.census(19, "84", out));
        assertEquals("--year must be the census year's end, 2009 to 2100, got: 19; "
                + "--la must be the local authority's three-digit DfE code (e.g. 840), got: 84", refused.getMessage());
        assertFalse(Files.exists(out));
        ConfigurationException noDirectory = assertThrows(ConfigurationException.class,
                () -> switchover.census(2019, LA, dir.resolve("missing/cin.xml")));
        assertEquals("--out " + dir.resolve("missing/cin.xml") + ": the directory " + dir.resolve("missing") + " does not exist",
                noDirectory.getMessage());
    }
}
