package org.switchover.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.legacy.LegacySchema;
import org.switchover.project.Project;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.Finding;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CareFirst example's owner decisions (README "Owner decisions"): after its NO_GO dry run, the owners named in its
 * check files decide on its seven records that cannot migrate. A fix-in-legacy still fails; a check is ACCEPTED only
 * once each of its failing records has a rekey or accept; the verdict is GO only when every failing record of every
 * check is decided; the headline figures (legacy truth) do not move.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CarefirstExceptionsTest {
    /** The owners as the example's reconciliation/*.yml name them. */
    private static final String FRONT_DOOR = "Head of Service, Children's Front Door";
    private static final String CHILD_PROTECTION = "Head of Service, Child Protection";
    private static final List<String> HEADLINES = List.of("active-cp-plans", "open-duty-cases", "open-referrals");

    private Switchover switchover;
    private Path reportDir;

    @BeforeAll
    void givenTheExampleDryRunNoGoForItsRecordsThatCannotMigrate(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                  @TempDir Path dir) {
        Project project = new Project(CarefirstExampleTest.EXAMPLE);
        LegacySchema.create(legacyDb.spec(), project.legacySchemaFile());
        LegacySchema.load(legacyDb.spec(), Project.sqlFiles(project.fixtures()));
        reportDir = dir.resolve("report");
        switchover = Switchover.configure().project(CarefirstExampleTest.EXAMPLE).legacy(legacyDb.spec()).target(targetDb.spec())
                .reportDir(reportDir).quiet(true).configFile(null).build();
        ReconciliationResult first = switchover.dryRun().reconciliation();
        assertFalse(first.go());
        assertEquals(HEADLINES, first.failingCheckIds());
        assertEquals(List.of("active-cp-plans 313", "open-duty-cases 139", "open-duty-cases 140", "open-duty-cases 141",
                "open-referrals 139", "open-referrals 140", "open-referrals 141"), OwnerDecisions.notMigrated(first));
        // the owners are the ones the example's check files name
        assertEquals(Map.of("active-cp-plans", CHILD_PROTECTION, "open-duty-cases", FRONT_DOOR, "open-referrals", FRONT_DOOR),
                owners(first));
    }

    @Test
    @Order(1)
    void onlyTheChecksOwnerMayDecideAndOnlyOnAFailingRecord() {
        // when the front door decides on the CP plan, or on a referral that migrated (126)
        ConfigurationException notOwner = assertThrows(ConfigurationException.class, () -> switchover.exception("active-cp-plans",
                "313", "accept", "Robin Lee", FRONT_DOOR, "r"));
        assertTrue(notOwner.getMessage().startsWith("role '" + FRONT_DOOR + "' does not own check active-cp-plans"), notOwner.getMessage());
        ConfigurationException notFailing = assertThrows(ConfigurationException.class, () -> switchover.exception("open-referrals",
                "126", "accept", "Robin Lee", FRONT_DOOR, "r"));
        assertTrue(notFailing.getMessage().startsWith("record '126' of check open-referrals is not failing"), notFailing.getMessage());
        // then nothing is recorded
        assertEquals(List.of(), switchover.exceptions().decisions());
    }

    @Test
    @Order(2)
    void aFixInLegacyStillFailsAndTwoOfThreeDecisionsLeaveTheirCheckFailing() {
        // given a fix-in-legacy on registration 313 (CF-000039, whose merge loop 39 <-> 40 legacy will break) and
        // decisions on two of the three open referrals
        switchover.exception("active-cp-plans", "313", "fix-in-legacy", "Casey Ward", CHILD_PROTECTION, "break the loop 39-40 in legacy");
        switchover.exception("open-referrals", "139", "rekey", "Robin Lee", FRONT_DOOR, "enter the referral for CF-000039 by hand");
        switchover.exception("open-referrals", "140", "rekey", "Robin Lee", FRONT_DOOR, "enter the referral for CF-000040 by hand");
        // when reconciled
        ReconciliationResult result = switchover.reconcile();
        // then all three headlines still fail: 313 with its fix-in-legacy, open referrals for its undecided 141
        assertFalse(result.go());
        assertEquals(HEADLINES, result.failingCheckIds());
        assertEquals(List.of("313 FAIL fix-in-legacy"), findings(result, "active-cp-plans"));
        assertEquals(List.of("139 ACCEPTED rekey", "140 ACCEPTED rekey", "141 FAIL none"), findings(result, "open-referrals"));
    }

    @Test
    @Order(3)
    void theVerdictIsGoOnlyOnceEveryFailingRecordIsDecidedAndTheFiguresDoNotMove() throws Exception {
        // given the rest of the referral decisions and the duty cases' (139, 140 rekey; 141, with no person record, accept)
        switchover.exception("open-referrals", "141", "accept", "Robin Lee", FRONT_DOOR, "test referral, no child");
        for (String key : List.of("139", "140")) {
            switchover.exception("open-duty-cases", key, "rekey", "Robin Lee", FRONT_DOOR, "allocate by hand after go-live");
        }
        switchover.exception("open-duty-cases", "141", "accept", "Robin Lee", FRONT_DOOR, "test referral, no child");
        // when reconciled with registration 313 still fix-in-legacy
        ReconciliationResult partial = switchover.reconcile();
        // then the two front-door checks are ACCEPTED and the plans still fail: NO_GO
        assertEquals(List.of("open-duty-cases", "open-referrals"), partial.acceptedCheckIds());
        assertEquals(List.of("active-cp-plans"), partial.failingCheckIds());
        assertFalse(partial.go());
        // when the plans' owner accepts 313 instead (the later decision supersedes the fix-in-legacy)
        switchover.exception("active-cp-plans", "313", "accept", "Casey Ward", CHILD_PROTECTION, "CF-000039 re-registered by hand");
        ReconciliationResult go = switchover.reconcile();
        // then the three checks are ACCEPTED, none fails, and the verdict is GO
        assertEquals(HEADLINES, go.acceptedCheckIds());
        assertEquals(List.of(), go.failingCheckIds());
        assertTrue(go.go());
        assertEquals(List.of("139 ACCEPTED rekey", "140 ACCEPTED rekey", "141 ACCEPTED accept"), findings(go, "open-duty-cases"));
        assertEquals(List.of("313 ACCEPTED accept"), findings(go, "active-cp-plans"));
        // and the report keeps the legacy truth: legacy, target, not migrated as before the decisions
        JsonNode report = new ObjectMapper().readTree(reportDir.resolve("reconciliation.json").toFile());
        assertEquals("GO", report.path("verdict").asText());
        assertEquals(Map.of("openReferrals", "16 13 3", "openDutyCases", "8 5 3", "activeCpPlans", "8 7 1"), Map.of(
                "openReferrals", figures(report, "openReferrals"), "openDutyCases", figures(report, "openDutyCases"),
                "activeCpPlans", figures(report, "activeCpPlans")));
        // and the register holds the eight decisions, seven in force (one per record: the fix-in-legacy superseded)
        assertEquals(8, switchover.exceptions().decisions().size());
        assertEquals(7, switchover.exceptions().inForce().size());
        // and the four rekeys are the plan's manual tasks
        List<String> plan = switchover.plan().lines();
        assertTrue(plan.stream().anyMatch(line -> line.contains("enter by hand in the new system the 4 records the data owners decided to rekey")),
                String.join("\n", plan));
    }

    private static Map<String, String> owners(ReconciliationResult result) {
        Map<String, String> owners = new TreeMap<>();
        result.outcomes().stream().filter(o -> HEADLINES.contains(o.id())).forEach(o -> owners.put(o.id(), o.check().owner()));
        return owners;
    }

    private static List<String> findings(ReconciliationResult result, String checkId) {
        CheckOutcome outcome = result.outcomes().stream().filter(o -> o.id().equals(checkId)).findFirst().orElseThrow();
        List<String> listed = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            listed.add(f.key() + " " + f.status() + " " + (f.decision() == null ? "none" : f.decision().decision().word()));
        }
        return listed;
    }

    private static String figures(JsonNode report, String headline) {
        JsonNode h = report.path(headline);
        return h.path("legacy").asLong() + " " + h.path("target").asLong() + " " + h.path("notMigrated").size();
    }
}
