package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.dryrun.DryRunResult;
import org.switchover.mapping.MappingSet;
import org.switchover.signoff.ReconciliationReport;
import org.switchover.testing.MappingCopies;
import org.switchover.transform.TransformSettings;
import org.switchover.testing.RunRejects;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.UnmigratableHeadlines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headlines tell the legacy truth: generated data with no headline record that cannot migrate (scale 0.005, seed 5),
 * into which an open duty referral of client_no 0, an active plan of a client that does not exist and an active plan of a
 * client whose merge chain loops are planted. The dry run rejects the three rows; the report still counts them on the
 * legacy side, lists each with its legacy reference and the reason the legacy SQL gives (the reason the run recorded),
 * and FAILs their checks.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyTruthTest {
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;
    private DryRunResult dryRun;
    private JsonNode report;

    @BeforeAll
    void givenPlantedRecordsThatCannotMigrate(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws Exception {
        this.dir = dir;
        UnmigratableHeadlines.plantedInto(legacyDb.spec());
        legacy = legacyDb.spec();
        target = targetDb.spec();
        dryRun = switchover(null, "report").dryRun();
        report = new ObjectMapper().readTree(dir.resolve("report").resolve("reconciliation.json").toFile());
    }

    @Test
    void eachHeadlineCountsWhatLegacyHoldsAndListsEveryRecordNotMigrated() {
        // then the verdict is NO_GO, for the three headlines and nothing else
        assertTrue(dryRun.succeeded(), () -> "dry run failed: " + dryRun.engine().failure());
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), dryRun.reconciliation().failingCheckIds());
        assertEquals("NO_GO", report.path("verdict").asText());
        // and legacy = migrated + not migrated, the target holding the migrated ones
        JsonNode duty = report.path("openDutyCases");
        assertEquals(duty.path("target").asLong() + 1, duty.path("legacy").asLong());
        assertEquals(duty.path("target").asLong(), duty.path("migrated").asLong());
        assertEquals("[{\"referralId\":900001,\"legacyRef\":\"client_no 0 (no client record)\",\"reason\":\"unknown_client\","
                + "\"status\":\"FAIL\",\"exception\":null}]", duty.path("notMigrated").toString());
        assertEquals("[\"900001\"]", duty.path("onlyInLegacy").toString());
        assertEquals("FAIL", duty.path("status").asText());
        JsonNode referrals = report.path("openReferrals");
        assertEquals(referrals.path("target").asLong() + 1, referrals.path("legacy").asLong());
        assertEquals(duty.path("notMigrated"), referrals.path("notMigrated"));
        assertEquals("FAIL", referrals.path("status").asText());
        JsonNode plans = report.path("activeCpPlans");
        assertEquals(plans.path("target").asLong() + 2, plans.path("legacy").asLong());
        assertEquals("[{\"planId\":900001,\"legacyRef\":\"client_no 99999999 (no client record)\",\"reason\":\"unknown_client\","
                + "\"status\":\"FAIL\",\"exception\":null},{\"planId\":900002,\"legacyRef\":\"TST/0900001 (merge chain broken)\","
                + "\"reason\":\"unknown_client\",\"status\":\"FAIL\",\"exception\":null}]", plans.path("notMigrated").toString());
        assertEquals("FAIL", plans.path("status").asText());
        // and the other figures of the plans' legacy side count them too: neither is held for another authority
        assertEquals(plans.path("excludingOtherAuthority").path("target").asLong() + 2, plans.path("excludingOtherAuthority").path("legacy").asLong());
        for (String category : List.of("NEG", "PHY")) {
            JsonNode figures = plans.path("byLatestCategory").path(category);
            assertEquals(figures.path("target").asLong() + 1, figures.path("legacy").asLong(), category);
        }
    }

    @Test
    void theReconciliationIsRecordedWithItsReportHashAndCheckSetHash() throws SQLException {
        // when the reconciliation the dry run recorded is read back
        RecordedReconciliation recorded;
        try (Connection connection = Databases.connect(target)) {
            recorded = ReconciliationRecords.byId(connection, dryRun.reconciliation().reconciliationId()).orElseThrow();
        }
        // then it is the one the report names, of the run, with the report's hash, its verdict, and the hash of the shipped checks
        assertEquals(report.path("reconciliationId").asLong(), recorded.id());
        assertEquals(dryRun.engine().runId(), recorded.runId());
        assertEquals(ReconciliationReport.sha256Of(dir.resolve("report").resolve("reconciliation.json")), recorded.reportSha256());
        assertEquals("NO_GO", recorded.verdict());
        assertEquals(report.path("checkSetHash").asText(), recorded.checkSetHash());
        assertEquals(CheckSetHash.of(Path.of("reconciliation"), CheckLoader.load(Path.of("reconciliation"),
                MappingSet.load(Path.of("mappings"), TransformSettings.defaults()))), recorded.checkSetHash());
        assertTrue(recorded.wholeState(), "a dry run's reconciliation compares the whole state");
        assertEquals(legacy.identity() + " " + target.identity(), recorded.legacyIdentity() + " " + recorded.targetIdentity());
    }

    @Test
    void theReasonTheLegacySqlGivesIsTheRejectReasonTheRunRecorded() throws SQLException {
        // given the run's rejects, when each record not migrated is looked up there
        Map<String, String[]> mappings = Map.of("openDutyCases", new String[] {"referral", "ssd_cin_episodes", "referralId"},
                "openReferrals", new String[] {"referral", "ssd_cin_episodes", "referralId"},
                "activeCpPlans", new String[] {"cp_registration", "ssd_cp_plans", "planId"});
        int compared = 0;
        for (Map.Entry<String, String[]> headline : mappings.entrySet()) {
            for (JsonNode record : report.path(headline.getKey()).path("notMigrated")) {
                String key = record.path(headline.getValue()[2]).asText();
                // then the run rejected it for the reason the report gives
                assertEquals(RunRejects.reason(target, dryRun.engine().runId(), headline.getValue()[0], headline.getValue()[1], key),
                        record.path("reason").asText(), headline.getKey() + " " + key);
                compared++;
            }
        }
        assertEquals(4, compared);
    }

    @Test
    void thePageShowsTheRecordsNotMigratedFirst() throws IOException {
        // when the page is read
        String html = Files.readString(dir.resolve("report").resolve("reconciliation.html"));
        // then the list of records not migrated comes before the headlines and every check, one row per record
        int list = html.indexOf("<h2 id=\"not-migrated\">Not migrated: 4 headline records</h2>");
        assertTrue(list > 0 && list < html.indexOf("<h2>Headlines</h2>") && list < html.indexOf("<section"), "not listed first");
        assertTrue(html.contains("<tr><td>Open duty cases</td><td>900001</td><td>client_no 0 (no client record)</td>"
                + "<td>unknown_client</td><td>FAIL</td><td>none</td></tr>"), "the duty case's row");
        assertTrue(html.contains("<tr><td>Active child protection plans</td><td>900002</td><td>TST/0900001 (merge chain broken)</td>"
                + "<td>unknown_client</td><td>FAIL</td><td>none</td></tr>"), "the broken chain's plan");
        // and the headline rows give legacy = migrated + not migrated
        JsonNode duty = report.path("openDutyCases");
        assertTrue(html.contains("<tr><td>Open duty cases</td><td class=\"num\">" + duty.path("legacy").asLong() + "</td><td class=\"num\">"
                + duty.path("migrated").asLong() + "</td><td class=\"num\">1</td><td class=\"num\">" + duty.path("target").asLong() + "</td>"));
        // and not-migrated.csv holds the same records
        assertEquals(List.of("check,key,legacyRef,reason,status,decision,owner,role,decisionReason",
                "open-duty-cases,900001,client_no 0 (no client record),unknown_client,FAIL,,,,",
                "open-referrals,900001,client_no 0 (no client record),unknown_client,FAIL,,,,",
                "active-cp-plans,900001,client_no 99999999 (no client record),unknown_client,FAIL,,,,",
                "active-cp-plans,900002,TST/0900001 (merge chain broken),unknown_client,FAIL,,,,"),
                Files.readAllLines(dir.resolve("report").resolve("not-migrated.csv")));
    }

    @Test
    void aHeadlineWhoseOnlyDifferenceIsRecordsNotMigratedFailsEvenWhenItsSeverityIsWarn() throws IOException {
        // given the checks with open-referrals made a warning
        Path checks = MappingCopies.copy(Path.of("reconciliation"), dir.resolve("warn"));
        MappingCopies.edit(checks, "open-referrals.yml", "severity: fail", "severity: warn");
        // when the run is reconciled with them
        ReconciliationResult result = switchover(checks, "warn-report").reconcile();
        // then open-referrals still FAILs: a record that cannot migrate is a child whose case would vanish
        CheckOutcome referrals = result.outcomes().stream().filter(o -> o.id().equals("open-referrals")).findFirst().orElseThrow();
        assertEquals(Status.FAIL, referrals.status());
        assertEquals("1 only in legacy (1 cannot migrate), 0 only in target, 0 differ", referrals.detail());
        assertTrue(result.failingCheckIds().contains("open-referrals"));
    }

    /** The run's settings with the shipped checks (null) or {@code checks}, reporting into {@code reportDir}. */
    private Switchover switchover(Path checks, String reportDir) {
        SwitchoverBuilder builder = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve(reportDir))
                .goLive(GO_LIVE).quiet(true);
        return (checks == null ? builder : builder.checks(checks)).build();
    }
}
