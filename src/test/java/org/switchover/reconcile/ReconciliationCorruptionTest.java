package org.switchover.reconcile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchover.Switchover;
import org.switchover.cli.SwitchoverCommand;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TargetCorruption;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a clean dry run (GO), one planted corruption of the target at a time must make the report FAIL exactly
 * the checks that see it, and no other: the reconciliation catches what the pipeline's own counters cannot.
 * Every check that can FAIL is shown failing here, those that are zero on clean data (the orphans, plans ending
 * before they start, a missing NFA flag) included; a test near the end checks none is left out. Each corruption
 * (sql/reconcile-test/corrupt/NAME.sql, whose first line names the checks it fails) is undone after its
 * reconciliation, so one dry run serves them all; the last test proves the target clean again.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationCorruptionTest {
    private static final double SCALE = 0.02;
    private static final long SEED = 4242L;

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;
    private ReconciliationResult clean;
    private final Set<String> seenFailing = new TreeSet<>();

    @BeforeAll
    void givenACleanDryRunThatIsGo(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) {
        this.legacy = legacyDb.spec();
        this.target = targetDb.spec();
        this.dir = dir;
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(SEED)
                .groundTruthFile(dir.resolve("truth.json")).build());
        DryRunResult run = switchover("clean").dryRun();
        assertTrue(run.succeeded(), () -> "dry run failed: " + run.engine().failure());
        // the generated data holds headline records that cannot migrate: their owners accept them, as they carry over
        clean = OwnerDecisions.onEveryRecordNotMigrated(switchover("clean"), run.reconciliation(), "accept");
        assertEquals(List.of(), clean.failingCheckIds(), "a clean dry run fails nothing");
        assertEquals(ReconciliationResult.Verdict.GO, clean.verdict());
    }

    /** Every corruption file that declares the checks it fails ("-- fails: a, b" on its first line, sorted). */
    static Stream<Arguments> oneDefectPerCheck() {
        return TargetCorruption.declared().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("oneDefectPerCheck")
    void oneDefectFailsExactlyTheChecksThatSeeIt(String corruption, List<String> failing) throws SQLException {
        // given one defect planted in the target (undone after the reconciliation)
        TargetCorruption planted = TargetCorruption.load(corruption);
        // when the run is reconciled with it
        ReconciliationResult result = reconciledWith(planted, corruption);
        // then exactly those checks fail, and the verdict is NO_GO
        assertEquals(failing, result.failingCheckIds(), corruption);
        assertEquals(ReconciliationResult.Verdict.NO_GO, result.verdict());
    }

    @Test
    void orphanChecksCountTheOneOrphanPlanted() throws SQLException {
        // given a CP plan naming a conference that does not exist
        TargetCorruption planted = TargetCorruption.load("orphan-cp-plan-icpc");
        // when reconciled
        ReconciliationResult result = reconciledWith(planted, "orphan-count");
        // then the orphan check counts exactly one orphan, above its maximum of 0
        CheckOutcome orphans = outcome(result, "orphans-cp-plan-icpc");
        assertEquals(1L, orphans.target());
        assertEquals(Status.FAIL, orphans.status());
    }

    @Test
    void countersThatClaimOneRowMorePerMappingFailEveryCountsCheck() throws SQLException {
        // given the run's own counters claiming one row more loaded for every mapping
        TargetCorruption planted = TargetCorruption.load("counts-of-every-mapping");
        // when reconciled
        ReconciliationResult result = reconciledWith(planted, "counters");
        // then every counts check fails (one per mapping of the run), and nothing else
        List<CheckOutcome> counts = result.outcomes().stream().filter(o -> o.counts() != null).toList();
        assertEquals(planted.pickedNumber("rows"), counts.size(), "one counts check per mapping the run counted");
        assertEquals(counts.stream().map(CheckOutcome::id).sorted().toList(), result.failingCheckIds());
        for (CheckOutcome check : counts) {
            assertEquals(check.counts().loaded() - 1, check.counts().targetCount(), check.id() + ": target rows against loaded");
        }
    }

    @Test
    void deletingOneActiveCpPlanFailsThePlanChecksAndTheCountsOfPlansAndItsReviews() throws SQLException {
        // given one active plan, the child's only one, with its reviews
        TargetCorruption planted = TargetCorruption.load("delete-active-plan");
        // when its reviews and then the plan are deleted from the target
        ReconciliationResult result = reconciledWith(planted, "deleted-plan");
        // then the plan-by-plan check, Annex A list 7 and the plan counts fail (and the review counts, when it had reviews)
        List<String> expected = planted.pickedNumber("reviews") > 0
                ? List.of("active-cp-plans", "annex-a-list-7", "counts-ssd_cp_plans", "counts-ssd_cp_reviews")
                : List.of("active-cp-plans", "annex-a-list-7", "counts-ssd_cp_plans");
        assertEquals(expected, result.failingCheckIds());
        assertEquals(ReconciliationResult.Verdict.NO_GO, result.verdict());
        CheckOutcome plans = outcome(result, "active-cp-plans");
        assertEquals(List.of(String.valueOf(planted.picked("id"))), plans.onlyInLegacy());
        assertEquals(plans.legacy() - 1, plans.target());
    }

    @Test
    void nullingOneLatestCategoryFailsThePlanCheckAndTheMissingCategoryCheck() throws SQLException {
        // given an active plan with a latest category
        TargetCorruption planted = TargetCorruption.load("null-active-latest-category");
        // when the category is lost in the target
        ReconciliationResult result = reconciledWith(planted, "null-category");
        // then the plan differs, the field is missing where the legacy had a value, and census rule 8910 fails in the target only
        String plan = String.valueOf(planted.picked("id"));
        assertEquals(List.of("active-cp-plans", "annex-a-list-7", "census-8905", "missing-cp-plan-latest-category"),
                result.failingCheckIds());
        assertEquals(List.of(plan), outcome(result, "active-cp-plans").differing());
        assertEquals(List.of(plan), outcome(result, "missing-cp-plan-latest-category").onlyInTarget());
    }

    @Test
    void droppingTheOnlyOpenKeyAllocationFailsTheDutyCasesTheirWaitsAndTheCaseloads() throws SQLException {
        // given the only open key-worker involvement covering an open referral (an allocation the migration dropped)
        TargetCorruption planted = TargetCorruption.load("end-only-key-allocation");
        // when it is ended on the extract date
        ReconciliationResult result = reconciledWith(planted, "ended-allocation");
        // then the referral is a duty case in the target only, waiting there, and its worker and team hold one case fewer
        assertEquals(List.of("caseload-teams", "caseload-workers", "duty-waits", "open-duty-cases"), result.failingCheckIds());
        CheckOutcome duty = outcome(result, "open-duty-cases");
        assertEquals(1, duty.onlyInTarget().size());
        assertEquals(outcome(clean, "open-duty-cases").onlyInLegacy(), duty.onlyInLegacy());
        assertEquals(List.of(Status.FAIL), duty.findings().stream().filter(f -> f.reason().equals(Finding.ONLY_IN_TARGET))
                .map(Finding::status).toList());
        assertEquals(duty.onlyInTarget(), outcome(result, "duty-waits").onlyInTarget());
        CheckOutcome workers = outcome(result, "caseload-workers");
        String worker = workers.differing().isEmpty() ? workers.onlyInLegacy().get(0) : workers.differing().get(0);
        long before = Long.parseLong(workers.legacyRows().byKey().get(worker).values().get("cases"));
        long after = workers.targetRows().byKey().containsKey(worker)
                ? Long.parseLong(workers.targetRows().byKey().get(worker).values().get("cases")) : 0;
        assertEquals(before - 1, after, "the worker whose allocation was dropped holds one case fewer");
    }

    @Test
    void deletingOneCaseNoteFailsOnlyTheCaseNoteCountsAndTheCommandExitsOne() throws SQLException {
        // given a case note of a living child
        TargetCorruption planted = TargetCorruption.load("delete-case-note");
        // when it is deleted, and the reconciliation runs from Java and as the reconcile command
        int[] exitCode = new int[1];
        ReconciliationResult result = planted.during(target, () -> {
            exitCode[0] = SwitchoverCommand.execute("reconcile", "--legacy-url", legacy.url(), "--legacy-user", legacy.user(),
                    "--target-url", target.url(), "--target-user", target.user(), "--report-dir", dir.resolve("cli").toString(),
                    "--go-live", "2019-02-01");
            return seen(switchover("deleted-note").reconcile());
        });
        // then only the counts of case notes fail: the target holds one row fewer than the run loaded
        assertEquals(List.of("counts-ssd_case_notes"), result.failingCheckIds());
        CheckOutcome counts = outcome(result, "counts-ssd_case_notes");
        assertEquals(counts.counts().loaded() - 1, counts.counts().targetCount());
        assertEquals(1, exitCode[0], "reconcile exits 1 on NO_GO");
    }

    @Test
    void aDayTurnedBackFailsTheExtractDate() {
        // given the clean run, whose legacy records changes up to its as-of date (2019-01-31)
        // when it is reconciled as of the day before
        ReconciliationResult result = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("day-before"))
                .asOf(LocalDate.of(2019, 1, 30)).goLive(LocalDate.of(2019, 2, 1)).quiet(true).build().reconcile();
        // then the extract date fails, counting the rows legacy changed on the 31st (the other checks measure another day:
        // only this one is the defect shown here)
        CheckOutcome extract = outcome(result, "extract-date");
        assertEquals(Status.FAIL, extract.status());
        assertTrue(extract.legacy() > 0, extract::detail);
        assertEquals("legacy " + extract.legacy() + ", target 0", extract.detail());
        seenFailing.add(extract.id());
    }

    @Test
    void theDryRunCommandExitsOneWhenItsReconciliationIsNoGo() {
        // given a checks directory whose only check fails on any migrated data
        Path failing = Path.of("src", "test", "resources", "reconcile-fixtures", "always-fails");
        // when the dry-run command runs with it, and with the shipped checks
        int noGo = SwitchoverCommand.execute("dry-run", "--quiet", "--legacy-url", legacy.url(), "--legacy-user", legacy.user(),
                "--target-url", target.url(), "--target-user", target.user(), "--report-dir", dir.resolve("cli-no-go").toString(),
                "--checks", failing.toString());
        int go = SwitchoverCommand.execute("dry-run", "--quiet", "--legacy-url", legacy.url(), "--legacy-user", legacy.user(),
                "--target-url", target.url(), "--target-user", target.user(), "--report-dir", dir.resolve("cli-go").toString());
        // then 1 for NO_GO, 0 for GO
        assertEquals(1, noGo, "dry-run exits 1 when the verdict is NO_GO");
        assertEquals(0, go, "dry-run exits 0 when the verdict is GO");
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void everyCheckThatCanFailWasShownFailing() {
        // given every check of the clean run whose mismatch is a FAIL (run with the whole class: it sums the others)
        List<String> canFail = clean.outcomes().stream().filter(o -> o.check().onMismatch() == Status.FAIL)
                .map(CheckOutcome::id).sorted().toList();
        // then each was shown failing by a planted defect above
        assertEquals(canFail, List.copyOf(seenFailing), "checks that can FAIL against checks shown failing");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void afterEveryCorruptionIsUndoneTheReportIsGoAgain() {
        // when the target, every corruption undone, is reconciled once more
        ReconciliationResult result = switchover("after").reconcile();
        // then nothing fails: each undo restored what its plant changed
        assertEquals(List.of(), result.failingCheckIds());
        assertEquals(ReconciliationResult.Verdict.GO, result.verdict());
    }

    /** Reconciles with the defect planted, undoes it, and notes which checks failed. */
    private ReconciliationResult reconciledWith(TargetCorruption planted, String reportName) throws SQLException {
        return planted.during(target, () -> seen(switchover(reportName).reconcile()));
    }

    private ReconciliationResult seen(ReconciliationResult result) {
        seenFailing.addAll(result.failingCheckIds());
        return result;
    }

    private Switchover switchover(String name) {
        return Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve(name))
                .goLive(LocalDate.of(2019, 2, 1)).quiet(true).build();
    }

    private static CheckOutcome outcome(ReconciliationResult result, String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}
