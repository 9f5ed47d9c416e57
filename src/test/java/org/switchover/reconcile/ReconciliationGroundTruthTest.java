package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.GroundTruth;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.RunRejects;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.TestQueries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dry run at scale 0.1 reconciled at its end: every figure of reconciliation.json must equal the
 * generator's ground truth (decided while generating, never read back), and no report file may carry a
 * child's name or date of birth. The headlines' legacy side is the legacy truth: the ground truth's migrated
 * records plus those it planted with a client that has no survivor, which FAIL their checks until their owners decide.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationGroundTruthTest {
    private static final double SCALE = 0.1;
    private static final long SEED = 20190201L;
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);
    /** Splits text into words the way names are written (letters only; O'Brien gives O and Brien). */
    private static final String NOT_A_LETTER = "[^\\p{L}]+";
    /** The checks whose records the generator planted with a client that has no survivor. */
    private static final List<String> HEADLINES = List.of("active-cp-plans", "open-duty-cases", "open-referrals");

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private GroundTruth truth;
    private DryRunResult dryRun;
    private JsonNode report;
    private Path reportDir;

    @BeforeAll
    void givenAScaleOneTenthDryRunReconciledAtItsEnd(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                     @TempDir Path dir) throws IOException {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        truth = new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(SEED)
                .groundTruthFile(dir.resolve("truth.json")).build()).groundTruth();
        reportDir = dir.resolve("report");
        long started = System.nanoTime();
        dryRun = Switchover.configure().legacy(legacy).target(targetDb.spec()).reportDir(reportDir).goLive(GO_LIVE)
                .quiet(true).build().dryRun();
        System.out.printf("scale %.2f: dry run %.1f s, reconciliation %.1f s (total %.1f s)%n", SCALE, dryRun.seconds(),
                dryRun.reconciliation().seconds(), (System.nanoTime() - started) / 1e9);
        report = new ObjectMapper().readTree(reportDir.resolve("reconciliation.json").toFile());
        System.out.printf("scale %.2f: verdict %s, open duty cases %s/%s, active CP plans %s/%s (legacy/target)%n", SCALE,
                report.path("verdict").asText(), report.path("openDutyCases").path("legacy"), report.path("openDutyCases").path("target"),
                report.path("activeCpPlans").path("legacy"), report.path("activeCpPlans").path("target"));
    }

    @Test
    void theVerdictIsNoGoForTheRecordsNotMigratedAloneAndGoOnceTheirOwnersDecide(@TempDir Path accepted) {
        // then the only failing checks are the headlines whose planted records cannot migrate
        assertTrue(dryRun.succeeded(), () -> "dry run failed: " + dryRun.engine().failure());
        assertFalse(truth.notMigrated().openDutyCases().isEmpty() || truth.notMigrated().activeCpPlans().isEmpty(),
                "scale 0.1 plants open referrals and active plans that cannot migrate");
        assertEquals(HEADLINES, dryRun.reconciliation().failingCheckIds());
        assertEquals("NO_GO", report.path("verdict").asText());
        assertEquals(truth.asOf(), report.path("asOf").asText());
        assertEquals(GO_LIVE.toString(), report.path("goLiveDate").asText());
        // days left count from the day of the reconciliation (today's clock), not from the extract date
        assertEquals(ChronoUnit.DAYS.between(java.time.OffsetDateTime.parse(report.path("reconciledAt").asText()).toLocalDate(), GO_LIVE),
                report.path("daysToGoLive").asLong());
        // when the owners accept every one of them and the run is reconciled again
        Switchover owners = Switchover.configure().legacy(legacy).target(target).reportDir(accepted.resolve("report")).goLive(GO_LIVE).quiet(true).build();
        ReconciliationResult decided = OwnerDecisions.onEveryRecordNotMigrated(owners, dryRun.reconciliation(), "accept");
        // then the verdict is GO, those checks ACCEPTED, nothing else changed
        assertEquals(ReconciliationResult.Verdict.GO, decided.verdict(), () -> "failing: " + decided.failingCheckIds());
        assertEquals(HEADLINES, decided.acceptedCheckIds());
    }

    @Test
    void everyRecordNotMigratedIsTheGroundTruthsWithTheReasonTheRunRecorded() throws SQLException {
        // given the records the generator planted that cannot migrate, and the rejects the run recorded
        Map<Long, String[]> refs = rows(legacy, "client_refs");
        Map<String, List<GroundTruth.Unmigratable>> planted = Map.of("openDutyCases", truth.notMigrated().openDutyCases(),
                "openReferrals", truth.notMigrated().openReferrals(), "activeCpPlans", truth.notMigrated().activeCpPlans());
        for (Map.Entry<String, List<GroundTruth.Unmigratable>> headline : planted.entrySet()) {
            String keyName = headline.getKey().equals("activeCpPlans") ? "planId" : "referralId";
            List<String> expected = headline.getValue().stream().map(u -> u.id() + " " + expectedRef(refs, u.clientNo()) + " " + u.reason()).toList();
            List<String> reported = new ArrayList<>();
            for (JsonNode record : report.path(headline.getKey()).path("notMigrated")) {
                reported.add(record.path(keyName).asText() + " " + record.path("legacyRef").asText() + " " + record.path("reason").asText());
                // and the reason the legacy SQL gives is the one the run recorded when it rejected the row
                boolean plan = headline.getKey().equals("activeCpPlans");
                assertEquals(RunRejects.reason(target, dryRun.engine().runId(), plan ? "cp_registration" : "referral",
                        plan ? "ssd_cp_plans" : "ssd_cin_episodes", record.path(keyName).asText()), record.path("reason").asText(),
                        headline.getKey() + " " + record.path(keyName));
            }
            // then the report lists exactly the planted ones, by legacy reference (or client_no), with their reason
            assertEquals(expected, reported, headline.getKey());
        }
    }

    @Test
    void openReferralsAreTheGroundTruthsMigratedAndNot() {
        assertLegacyTruth(report.path("openReferrals"), truth.openReferrals().size(), truth.notMigrated().openReferrals());
        assertEquals("FAIL", report.path("openReferrals").path("status").asText());
    }

    @Test
    void everyMappingsCountsEqualTheGroundTruth() {
        assertEquals(truth.mappings().size(), report.path("tables").size());
        for (JsonNode table : report.path("tables")) {
            String key = table.path("legacyTable").asText() + "->" + table.path("targetTable").asText();
            GroundTruth.MappingCounts expected = truth.mappings().get(key);
            assertTrue(expected != null, "ground truth has no mapping " + key);
            assertEquals(expected.read(), table.path("read").asLong(), key + " read");
            assertEquals(expected.read(), table.path("legacyCount").asLong(), key + " legacy rows by the reconciliation's own SQL");
            assertEquals(expected.loaded(), table.path("loaded").asLong(), key + " loaded");
            assertEquals(sum(expected.excluded()), table.path("excluded").asLong(), key + " excluded");
            assertEquals(sum(expected.rejected()), table.path("rejected").asLong(), key + " rejected");
            assertEquals(expected.loaded(), table.path("targetCount").asLong(), key + " target rows");
            assertEquals(sum(expected.rejected()) > 0 ? "WARN" : "PASS", table.path("status").asText(), key + " status");
        }
    }

    @Test
    void openDutyCasesAreTheGroundTruthsWithDaysWaiting() throws SQLException {
        JsonNode duty = report.path("openDutyCases");
        List<Integer> notMigrated = assertLegacyTruth(duty, truth.openDutyCases().size(), truth.notMigrated().openDutyCases());
        assertEquals("FAIL", duty.path("status").asText());
        List<Integer> ids = new ArrayList<>();
        Map<Long, String[]> legacyFacts = rows(legacy, "referral_facts");
        LocalDate asOf = LocalDate.parse(truth.asOf());
        for (JsonNode c : duty.path("cases")) {
            ids.add(c.path("referralId").asInt());
            String[] facts = legacyFacts.get(c.path("referralId").asLong());
            if (facts[0] == null) {
                assertTrue(c.path("referralDate").isNull() && c.path("daysWaiting").isNull(), "a zero referral date has no days waiting");
            } else {
                assertEquals(facts[0], c.path("referralDate").asText(), "referral date of " + c.path("referralId"));
                assertEquals(ChronoUnit.DAYS.between(LocalDate.parse(facts[0]), asOf), c.path("daysWaiting").asLong());
            }
            assertEquals(facts[1], c.path("team").asText());
            assertTrue(c.path("legacyRef").asText().matches("DCC/\\d+( \\(merge chain broken\\))?|client_no -?\\d+ \\(no client record\\)"),
                    "children are named by legacy reference: " + c.path("legacyRef"));
        }
        List<Integer> all = new ArrayList<>(truth.openDutyCases());
        all.addAll(notMigrated);
        assertEquals(all.stream().sorted().toList(), ids);
        assertFalse(ids.isEmpty(), "scale 0.1 must have open duty cases");
        JsonNode left = duty.path("allocatedToLeftWorkers");
        assertEquals(truth.openCasesAllocatedToLeftWorkers(), toInts(left.path("referralIds")));
        assertEquals(truth.openCasesAllocatedToLeftWorkers().isEmpty() ? "PASS" : "WARN", left.path("status").asText());
    }

    @Test
    void activeCpPlansMatchTheGroundTruthByCategoryOlaAndChildren() throws SQLException {
        JsonNode plans = report.path("activeCpPlans");
        GroundTruth.NotMigrated notMigrated = truth.notMigrated();
        // the legacy side counts every active plan legacy holds, the target the migrated ones
        List<Integer> notMigratedIds = assertLegacyTruth(plans, truth.allActiveCpPlans().size(), notMigrated.activeCpPlans());
        assertEquals(truth.activeCpPlansExcludingOla() + notMigrated.activeCpPlansExcludingOla(),
                plans.path("excludingOtherAuthority").path("legacy").asLong());
        assertEquals(truth.activeCpPlansExcludingOla(), plans.path("excludingOtherAuthority").path("target").asLong());
        truth.activeCpPlans().forEach((category, regIds) -> {
            int unmigrated = notMigrated.activeCpPlansByCategory().get(category).size();
            assertEquals(regIds.size() + unmigrated, plans.path("byLatestCategory").path(category).path("legacy").asInt(), category + " legacy");
            assertEquals(regIds.size(), plans.path("byLatestCategory").path(category).path("target").asInt(), category + " target");
        });
        List<Integer> planIds = new ArrayList<>();
        plans.path("plans").forEach(p -> {
            planIds.add(p.path("planId").asInt());
            if (!notMigratedIds.contains(p.path("planId").asInt())) {
                assertEquals(p.path("legacyLatestReview").asText(), p.path("targetLatestReview").asText(), "latest review of " + p.path("planId"));
            }
        });
        List<Integer> all = new ArrayList<>(truth.allActiveCpPlans());
        all.addAll(notMigratedIds);
        assertEquals(all.stream().sorted().toList(), planIds);
        Map<Long, String[]> refs = rows(legacy, "client_refs");
        List<String> expectedChildren = truth.childrenWithMultipleActivePlans().stream().map(n -> refs.get((long) n)[0]).sorted().toList();
        assertEquals(expectedChildren, toStrings(plans.path("multipleActive")));
        assertFalse(expectedChildren.isEmpty(), "scale 0.1 must have children with two active plans");
        assertEquals("FAIL", plans.path("status").asText(), "plans that cannot migrate FAIL it (8935 carried over alone would WARN)");
    }

    @Test
    void missingMandatoryFieldsMatchTheGroundTruthPerField() {
        Map<String, Long> reported = new TreeMap<>();
        for (JsonNode field : report.path("missingFields")) {
            String key = field.path("table").asText() + "." + field.path("field").asText();
            reported.put(key, field.path("missing").asLong());
            assertEquals(field.path("missing").asLong(), field.path("legacyExpected").asLong(), key + " legacy side");
            assertEquals(field.path("missing").asLong() == 0 ? "PASS" : "WARN", field.path("status").asText(), key);
            assertTrue(field.path("legacyRefs").size() <= field.path("missing").asInt() && (field.path("missing").asInt() == 0) == (field.path("legacyRefs").size() == 0));
        }
        assertEquals(new TreeMap<>(truth.missingMandatory()), reported);
    }

    @Test
    void lossyConversionsAndUnmappedCodesMatchTheGroundTruthPerColumn() {
        assertEquals(nonZero(truth.lossyConversions()), breakdown("lossy-conversions"));
        assertEquals(nonZero(truth.unmappedCodes()), breakdown("unmapped-codes"));
    }

    @Test
    void noReportFileCarriesANameOrADateOfBirth() throws SQLException, IOException {
        // given: every forename, surname and raw date of birth in the legacy data, and each child's parsed date of birth
        Map<Long, String[]> clients = rows(legacy, "client_personal_details");
        Map<String, String> dobByRef = new HashMap<>();
        rows(target, "person_dobs")
                .values().forEach(p -> dobByRef.put(p[0], p[1]));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reportDir)) {
            files = walk.filter(f -> f.toString().matches(".*reconciliation\\.(json|html)$|.*\\.csv$")).toList();
        }
        assertTrue(files.size() > 5, "the report has its JSON, HTML and CSV lists");
        // when: the report files are read
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            all.append(Files.readString(file)).append('\n');
        }
        String text = all.toString();
        Set<String> words = new HashSet<>(Arrays.asList(text.split(NOT_A_LETTER)));
        // then: no name appears as a word, no raw date of birth appears at all (ISO ones are checked per record below:
        // an ISO date of birth can equal someone's referral date)
        for (String[] client : clients.values()) {
            for (String name : List.of(client[0], client[1])) {
                for (String word : name.split(NOT_A_LETTER)) {
                    assertTrue(word.length() < 2 || !words.contains(word), () -> "a name of " + client[3] + " appears in the report");
                }
            }
            String dob = client[2] == null ? "" : client[2].strip();
            if (!dob.isEmpty() && !dob.matches("\\d{4}-\\d{2}-\\d{2}|UNK|0000-00-00")) {
                assertFalse(text.contains(dob), () -> "the date of birth of " + client[3] + " appears in the report");
            }
        }
        // and no record (a CSV line, an HTML row or list item) that names a child carries that child's date of birth
        Pattern legacyRef = Pattern.compile("[A-Z]+/\\d+");
        int recordsNamingChildren = 0;
        for (String record : text.split("\n|<tr>|<li>")) {
            Matcher refs = legacyRef.matcher(record);
            while (refs.find()) {
                recordsNamingChildren++;
                String dob = dobByRef.get(refs.group());
                assertTrue(dob == null || !record.contains(dob), () -> "the date of birth of " + refs.group() + " appears beside it");
            }
        }
        assertTrue(recordsNamingChildren > 100, "the report names children by legacy reference");
    }

    /**
     * legacy = migrated + not migrated: the target holds the ground truth's migrated records, and legacy only the planted
     * ones that cannot migrate besides; returns their ids.
     */
    private static List<Integer> assertLegacyTruth(JsonNode headline, int migrated, List<GroundTruth.Unmigratable> planted) {
        List<Integer> notMigrated = planted.stream().map(GroundTruth.Unmigratable::id).toList();
        assertEquals(migrated + notMigrated.size(), headline.path("legacy").asInt(), "legacy");
        assertEquals(migrated, headline.path("target").asInt(), "target");
        assertEquals(migrated, headline.path("migrated").asInt(), "migrated");
        assertEquals(notMigrated, toInts(headline.path("onlyInLegacy")).stream().sorted().toList(), "only in legacy");
        assertEquals(0, headline.path("onlyInTarget").size(), "only in target");
        return notMigrated;
    }

    /** How the report names a child whose record has no survivor: its own reference marked, else the client_no. */
    private static String expectedRef(Map<Long, String[]> refs, int clientNo) {
        String[] ref = refs.get((long) clientNo);
        return ref != null ? ref[0] + " (merge chain broken)" : "client_no " + clientNo + " (no client record)";
    }

    private Map<String, Long> breakdown(String checkId) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode check : report.path("checks")) {
            if (check.path("id").asText().equals(checkId)) {
                check.path("breakdown").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
                assertEquals(counts.isEmpty() ? "PASS" : "WARN", check.path("status").asText(), checkId);
                return counts;
            }
        }
        throw new AssertionError("no check " + checkId + " in the report");
    }

    /** Rows of a test query (src/test/resources/sql/reconcile-test/NAME.sql) by their first column. */
    private static Map<Long, String[]> rows(ConnectionSpec spec, String name) throws SQLException {
        return TestQueries.byFirstColumn(spec, "reconcile-test/" + name);
    }

    private static long sum(Map<String, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v != 0) {
                result.put(k, v);
            }
        });
        return result;
    }

    private static List<Integer> toInts(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(Integer.parseInt(v.asText())));
        return values;
    }

    private static List<String> toStrings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
