package org.switchover.cli;

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
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.Finding;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.Status;
import org.switchover.signoff.SignOff;
import org.switchover.testing.RunRejects;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.UnmigratableHeadlines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exceptions register, end to end on real databases: generated data (scale 0.005, seed 5) with an open duty referral of
 * client_no 0, an active plan of a missing client and an active plan of a client whose merge chain loops planted into it
 * (sql/reconcile-test/plant_unmigratable_headlines.legacy.sql). The dry run FAILs their checks; only each check's owner may
 * decide on its failing records; fix-in-legacy still fails; rekey and accept make the checks ACCEPTED and the verdict GO;
 * rekeys are tasks in the plan; a sign-off binds to its reconciliation and lapses on a later decision; reconciliations are
 * never rewritten; decisions carry over to the next dry run and stop when a record's reason changes.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExceptionCommandTest {
    private Switchover switchover;
    private DryRunResult dryRun;
    private long firstReconciliation;
    private long goReconciliation;
    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;

    private static final String CHILD_PROTECTION = "Head of Service, Child Protection";
    private static final String FRONT_DOOR = "Head of Service, Children's Front Door";
    private static final String NOT_IN_FORCE = " (no longer in force: superseded, or the record's reason changed)";

    @BeforeAll
    void givenADryRunWithRecordsThatCannotMigrate(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws Exception {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        this.dir = dir;
        UnmigratableHeadlines.plantedInto(legacy);
        switchover = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("dry-run")).quiet(true)
                .goLive(LocalDate.now().plusDays(30)).build();
        dryRun = switchover.dryRun();
        firstReconciliation = dryRun.reconciliation().reconciliationId();
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), dryRun.reconciliation().failingCheckIds());
    }

    @Test
    @Order(1)
    void aDecisionIsRefusedWithOneExactLineAndNothingIsRecorded() {
        String where = "reconciliation " + firstReconciliation + " of dry run " + dryRun.engine().runId();
        String migrated = dryRun.reconciliation().outcomes().stream().filter(o -> o.id().equals("open-duty-cases")).findFirst()
                .orElseThrow().targetRows().rows().get(0).key();
        // when the role is not the check's owner
        assertRefused("switchover: role '" + CHILD_PROTECTION + "' does not own check open-duty-cases: only its owner '" + FRONT_DOOR
                + "' may decide on its records", decide("open-duty-cases", "900001", "accept", "Alex Smith", CHILD_PROTECTION, "r"));
        // when the record is not failing (a duty case that migrated), or the check passed
        assertRefused("switchover: record '" + migrated + "' of check open-duty-cases is not failing in " + where
                + ": only a failing record can have an exception", decide("open-duty-cases", migrated, "accept", "Robin Lee", FRONT_DOOR, "r"));
        assertRefused("switchover: record 'client -> ssd_person' of check legacy-volume is not failing in " + where
                        + ": only a failing record can have an exception",
                decide("legacy-volume", "client -> ssd_person", "accept", "Sam Jones", "Head of Service, Children's Social Care", "r"));
        // when the decision word is unknown, a field is missing or blank, or the check does not exist
        assertRefused("switchover: unknown decision 'approve': use rekey, accept, fix-in-legacy",
                decide("open-duty-cases", "900001", "approve", "Robin Lee", FRONT_DOOR, "r"));
        assertRefused("switchover: an exception needs --check, --key, --decision, --owner, --role and --reason; missing: --owner, --reason",
                run("exception", targetUrl(), targetUser(), "--check=open-duty-cases", "--key=900001", "--decision=accept",
                        "--role=" + FRONT_DOOR, "--reason= "));
        // when a reason would recolour the terminal that lists it, or an owner's name would show reversed
        assertRefused("switchover: --reason holds U+001B at character 9, a control character: type plain text on one line",
                decide("open-duty-cases", "900001", "accept", "Robin Lee", FRONT_DOOR, "accepted\u001b[8mhidden"));
        assertRefused("switchover: --owner holds U+202E at character 6, a bidirectional control that shows text in another order than "
                + "it is stored: type plain text on one line", decide("open-duty-cases", "900001", "accept", "Robin\u202Eeel", FRONT_DOOR, "r"));
        assertRefused("switchover: check 'no-such-check' is not in " + where,
                decide("no-such-check", "900001", "accept", "Robin Lee", FRONT_DOOR, "r"));
        // then nothing was recorded
        InProcessCli.Run list = run("exception", targetUrl(), targetUser(), "--list");
        assertEquals(0, list.exitCode(), list.err());
        assertEquals("no decisions recorded", list.out().strip());
    }

    @Test
    @Order(2)
    void fixInLegacyStillFails() {
        // given a fix-in-legacy decision by the plans' owner
        switchover.exception("active-cp-plans", "900001", "fix-in-legacy", "Casey Ward", CHILD_PROTECTION,
                "the client record will be restored in legacy");
        // when reconciled
        ReconciliationResult result = switchover.reconcile();
        // then the plan still fails, with the decision shown beside it
        CheckOutcome plans = outcome(result, "active-cp-plans");
        assertEquals(Status.FAIL, plans.status());
        Finding planned = plans.findings().get(0);
        assertEquals("900001/FAIL/fix-in-legacy", planned.key() + "/" + planned.status() + "/" + planned.decision().decision().word());
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), result.failingCheckIds());
    }

    @Test
    @Order(3)
    void rekeyAndAcceptByTheOwnersMakeTheChecksAcceptedAndTheVerdictGo() throws Exception {
        // given the owners' decisions on every record not migrated, as the command records them
        InProcessCli.Run rekey = decide("open-duty-cases", "900001", "rekey", "Robin Lee", FRONT_DOOR, "enter the referral for the child by hand");
        assertEquals(0, rekey.exitCode(), rekey.err());
        assertTrue(rekey.out().strip().matches("recorded exception \\d+: rekey on open-duty-cases record 900001 \\(client_no 0 \\(no client "
                + "record\\), unknown_client\\) by Robin Lee \\(" + FRONT_DOOR + "\\) on reconciliation \\d+ of dry run "
                + dryRun.engine().runId() + "; the next reconcile \\(or dry run\\) applies it"), rekey.out());
        assertEquals(0, decide("open-referrals", "900001", "rekey", "Robin Lee", FRONT_DOOR, "enter the referral for the child by hand").exitCode());
        assertEquals(0, decide("active-cp-plans", "900001", "accept", "Casey Ward", CHILD_PROTECTION, "a test plan, no child").exitCode());
        assertEquals(0, decide("active-cp-plans", "900002", "accept", "Casey Ward", CHILD_PROTECTION, "merged in legacy by hand").exitCode());
        // when the reconcile command runs
        InProcessCli.Run reconcile = run("reconcile", "--legacy-url=" + legacy.url(), "--legacy-user=" + legacy.user(), targetUrl(), targetUser(),
                "--report-dir=" + dir.resolve("dry-run"), "--go-live=" + LocalDate.now().plusDays(30));
        // then it is GO, the three checks ACCEPTED, and each record shows its decision
        assertEquals(0, reconcile.exitCode(), reconcile.err());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("dry-run").resolve("reconciliation.json").toFile());
        goReconciliation = report.path("reconciliationId").asLong();
        assertEquals("GO", report.path("verdict").asText());
        for (String headline : List.of("openDutyCases", "openReferrals")) {
            JsonNode record = report.path(headline).path("notMigrated").get(0);
            assertEquals("ACCEPTED/rekey/Robin Lee/" + FRONT_DOOR + "/enter the referral for the child by hand", record.path("status").asText()
                    + "/" + record.path("exception").path("decision").asText() + "/" + record.path("exception").path("owner").asText() + "/"
                    + record.path("exception").path("role").asText() + "/" + record.path("exception").path("reason").asText(), headline);
            assertEquals("ACCEPTED", report.path(headline).path("status").asText());
        }
        assertEquals("accept", report.path("activeCpPlans").path("notMigrated").get(1).path("exception").path("decision").asText());
        List<String> accepted = new ArrayList<>();
        report.path("checks").forEach(c -> {
            if (c.path("status").asText().equals("ACCEPTED")) {
                accepted.add(c.path("id").asText());
            }
        });
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), accepted);
        // and the list shows the five decisions, the superseded fix-in-legacy no longer in force
        List<String> listed = run("exception", targetUrl(), targetUser(), "--list").out().lines().toList();
        assertEquals(5, listed.size(), String.join("\n", listed));
        assertTrue(listed.get(0).contains(": fix-in-legacy on active-cp-plans record 900001 (client_no 99999999 (no client record), "
                + "unknown_client) by Casey Ward (" + CHILD_PROTECTION + ") at ") && listed.get(0).endsWith(NOT_IN_FORCE), listed.get(0));
        assertTrue(listed.subList(1, 5).stream().noneMatch(line -> line.endsWith(NOT_IN_FORCE)), String.join("\n", listed));
        // and the rekeyed records are manual tasks in the plan
        List<String> plan = switchover.plan().lines();
        int step = plan.indexOf("7. After go-live, enter by hand in the new system the 2 records the data owners decided to rekey "
                + "(reconciliation " + goReconciliation + " of dry run " + dryRun.engine().runId() + "):");
        assertTrue(step > 0, String.join("\n", plan));
        assertEquals(List.of("   - open-duty-cases record 900001 (client_no 0 (no client record), unknown_client): rekey by Robin Lee ("
                        + FRONT_DOOR + "): enter the referral for the child by hand",
                "   - open-referrals record 900001 (client_no 0 (no client record), unknown_client): rekey by Robin Lee ("
                        + FRONT_DOOR + "): enter the referral for the child by hand"), plan.subList(step + 1, step + 3));
    }

    @Test
    @Order(4)
    void aSignOffBindsToItsReconciliationWhichALaterReconcileNeverRewrites() throws SQLException {
        // given the GO report signed off
        SignOff signed = switchover.signOff("Alex Smith", CHILD_PROTECTION);
        assertEquals(goReconciliation, signed.reconciliationId());
        // when the run is reconciled once more, into another directory
        ReconciliationResult again = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("again")).quiet(true)
                .goLive(LocalDate.now().plusDays(30)).build().reconcile();
        // then a new reconciliation is recorded, and the earlier ones keep their verdicts and report hashes
        assertTrue(again.reconciliationId() > goReconciliation);
        assertEquals("NO_GO", recorded(firstReconciliation)[0]);
        assertEquals("GO", recorded(goReconciliation)[0]);
        assertEquals(signed.reportSha256(), recorded(goReconciliation)[1]);
        // and no one can rewrite a recorded reconciliation, finding or decision
        List<String> refusals = new ArrayList<>();
        for (String rewrite : SqlResource.load("sql/reconcile-test/rewrite_records.sql").statements()) {
            refusals.add(refusedChange(rewrite));
        }
        assertEquals(List.of("ERROR: migration.reconciliation is a record and cannot be changed (UPDATE refused): add a new one instead",
                "ERROR: migration.finding is a record and cannot be changed (DELETE refused): add a new one instead",
                "ERROR: migration.exception is a record and cannot be changed (UPDATE refused): add a new one instead"), refusals);
        assertEquals("NO_GO", recorded(firstReconciliation)[0]);
        // and status shows the sign-off still valid, bound to the reconciliation it signed, the run's verdict the latest's
        List<String> status = switchover.status().lines();
        assertTrue(status.stream().anyMatch(line -> line.startsWith("    sign-off by Alex Smith (" + CHILD_PROTECTION
                + ") VALID, of reconciliation " + goReconciliation + ", signed ")), String.join("\n", status));
        assertTrue(status.stream().anyMatch(line -> line.startsWith("run " + dryRun.engine().runId() + " dry-run SUCCEEDED")
                && line.contains(" verdict GO (reconciliation " + again.reconciliationId() + ")")), String.join("\n", status));
    }

    @Test
    @Order(5)
    void aDecisionRecordedAfterTheSignOffLapsesIt() {
        // when an owner records another decision on the signed run
        OwnerDecision later = switchover.exception("active-cp-plans", "900002", "rekey", "Casey Ward", CHILD_PROTECTION,
                "enter the plan under the surviving record");
        // then the sign-off, which did not cover it, has lapsed, naming it
        String line = switchover.status().lines().stream().filter(l -> l.contains("Alex Smith")).findFirst().orElseThrow();
        assertTrue(line.startsWith("    sign-off by Alex Smith (" + CHILD_PROTECTION + ") LAPSED: a decision was recorded on run "
                + dryRun.engine().runId() + " after signing: exception " + later.id() + ": rekey on active-cp-plans record 900002 "
                + "(TST/0900001 (merge chain broken), unknown_client) by Casey Ward (" + CHILD_PROTECTION + "), of reconciliation "
                + goReconciliation), line);
        // and the report it signed, which does not show the decision, cannot be signed again
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> switchover.signOff("Sam Jones", CHILD_PROTECTION));
        assertEquals("exception " + later.id() + " was recorded on run " + dryRun.engine().runId() + " after reconciliation "
                + goReconciliation + " wrote " + dir.resolve("dry-run").resolve("reconciliation.json").toAbsolutePath().normalize()
                + ", so the report does not show it: reconcile again and sign off the new report", refused.getMessage());
    }

    @Test
    @Order(6)
    void decisionsCarryOverToTheNextDryRun() {
        // when the next dry run runs, the records failing for the same reasons
        DryRunResult next = switchover.dryRun();
        // then its reconciliation applies the decisions in force: GO, the three checks ACCEPTED
        assertTrue(next.engine().runId() > dryRun.engine().runId());
        assertEquals(ReconciliationResult.Verdict.GO, next.reconciliation().verdict());
        assertEquals(List.of("active-cp-plans", "open-duty-cases", "open-referrals"), next.reconciliation().acceptedCheckIds());
        assertEquals("rekey", outcome(next.reconciliation(), "active-cp-plans").findings().get(1).decision().decision().word());
    }

    @Test
    @Order(7)
    void aDecisionStopsApplyingWhenTheRecordsReasonChanges() throws SQLException {
        // given the referral moved to a surviving child and a team that does not exist: it still cannot migrate, now as unknown_team
        try (Connection connection = Databases.connect(legacy)) {
            SqlResource.load("sql/reconcile-test/unmigratable_referral_to_unknown_team.legacy.sql").executeAll(connection);
        }
        // when the next dry run runs
        DryRunResult next = switchover.dryRun();
        // then the referral's checks FAIL again, with the new reason and no decision, which the run's rejects confirm
        assertEquals(List.of("open-duty-cases", "open-referrals"), next.reconciliation().failingCheckIds());
        for (String check : List.of("open-duty-cases", "open-referrals")) {
            Finding referral = outcome(next.reconciliation(), check).findings().get(0);
            assertEquals("900001 unknown_team FAIL", referral.key() + " " + referral.reason() + " " + referral.status(), check);
            assertNull(referral.decision(), check);
        }
        assertEquals("unknown_team", RunRejects.reason(target, next.engine().runId(), "referral", "ssd_cin_episodes", "900001"));
        assertEquals(Status.ACCEPTED, outcome(next.reconciliation(), "active-cp-plans").status());
        // and the list says the rekeys no longer apply
        List<String> listed = run("exception", targetUrl(), targetUser(), "--list").out().lines()
                .filter(l -> l.contains("rekey on open-")).toList();
        assertEquals(2, listed.size());
        assertTrue(listed.stream().allMatch(l -> l.endsWith(NOT_IN_FORCE)), String.join("\n", listed));
    }

    /** The verdict and report SHA-256 a reconciliation recorded. */
    private String[] recorded(long reconciliationId) throws SQLException {
        try (Connection connection = Databases.connect(target);
             PreparedStatement query = connection.prepareStatement(SqlResource.load("sql/reconcile-test/recorded_reconciliation.sql").text())) {
            query.setLong(1, reconciliationId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }

    private String refusedChange(String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
        return refused.getMessage().lines().findFirst().orElse("");
    }

    private static CheckOutcome outcome(ReconciliationResult result, String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private InProcessCli.Run decide(String check, String key, String decision, String owner, String role, String reason) {
        return run("exception", targetUrl(), targetUser(), "--check=" + check, "--key=" + key, "--decision=" + decision,
                "--owner=" + owner, "--role=" + role, "--reason=" + reason);
    }

    private static void assertRefused(String message, InProcessCli.Run run) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals(message, run.err().strip());
    }

    private String targetUrl() {
        return "--target-url=" + target.url();
    }

    private String targetUser() {
        return "--target-user=" + target.user();
    }

    private static InProcessCli.Run run(String... args) {
        return InProcessCli.run(args);
    }
}
