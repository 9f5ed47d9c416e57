package org.switchover.reconcile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.cli.SwitchoverCommand;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a clean dry run (GO), one planted corruption of the target at a time must make the report FAIL
 * exactly the checks that see it, and no other: the reconciliation catches what the pipeline's own
 * counters cannot.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationCorruptionTest {
    private static final double SCALE = 0.02;
    private static final long SEED = 4242L;
    private static final LocalDate AS_OF = LocalDate.of(2019, 1, 31);

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;

    @BeforeAll
    void givenGeneratedLegacyData(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) {
        this.legacy = legacyDb.spec();
        this.target = targetDb.spec();
        this.dir = dir;
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(SEED)
                .groundTruthFile(dir.resolve("truth.json")).build());
    }

    @BeforeEach
    void givenACleanDryRunThatIsGo() {
        DryRunResult clean = switchover("clean").dryRun();
        assertTrue(clean.succeeded(), () -> "dry run failed: " + clean.engine().failure());
        assertEquals(List.of(), clean.reconciliation().failingCheckIds(), "a clean dry run fails nothing");
        assertEquals(ReconciliationResult.Verdict.GO, clean.reconciliation().verdict());
    }

    @Test
    void deletingOneActiveCpPlanFailsThePlanChecksAndTheCountsOfPlansAndItsReviews() throws SQLException {
        // given: one active plan, the child's only one, with its reviews
        long plan = single("pick_active_plan_to_delete");
        long reviews = single("count_reviews_of_plan", plan);
        // when: its reviews and then the plan are deleted from the target
        update("delete_reviews_of_plan", plan);
        update("delete_plan", plan);
        ReconciliationResult result = switchover("deleted-plan").reconcile();
        // then: the plan-by-plan check and the plan counts fail (and the review counts, when it had reviews)
        Set<String> expected = new TreeSet<>(Set.of("active-cp-plans", "counts-ssd_cp_plans"));
        if (reviews > 0) {
            expected.add("counts-ssd_cp_reviews");
        }
        assertEquals(List.copyOf(expected), result.failingCheckIds());
        assertEquals(ReconciliationResult.Verdict.NO_GO, result.verdict());
        CheckOutcome plans = outcome(result, "active-cp-plans");
        assertEquals(List.of(String.valueOf(plan)), plans.onlyInLegacy());
        assertEquals(plans.legacy() - 1, plans.target());
    }

    @Test
    void nullingOneLatestCategoryFailsThePlanCheckAndTheMissingCategoryCheck() throws SQLException {
        // given: an active plan with a latest category
        long plan = single("pick_active_plan_with_category");
        // when: the category is lost in the target
        update("null_latest_category", plan);
        ReconciliationResult result = switchover("null-category").reconcile();
        // then: the plan differs, and the field is missing where the legacy had a value
        assertEquals(List.of("active-cp-plans", "missing-cp-plan-latest-category"), result.failingCheckIds());
        assertEquals(List.of(String.valueOf(plan)), outcome(result, "active-cp-plans").differing());
        assertEquals(List.of(String.valueOf(plan)), outcome(result, "missing-cp-plan-latest-category").onlyInTarget());
    }

    @Test
    void endingOneOpenKeyAllocationFailsOnlyTheOpenDutyCases() throws SQLException {
        // given: the only open key-worker involvement covering an open referral
        long involvement = single("pick_only_open_key_allocation");
        // when: it is ended on the extract date
        try (Connection pg = Databases.connect(target);
             PreparedStatement end = pg.prepareStatement(SqlResource.load("sql/reconcile-test/end_involvement.sql").text())) {
            end.setDate(1, Date.valueOf(AS_OF));
            end.setLong(2, involvement);
            assertEquals(1, end.executeUpdate());
        }
        ReconciliationResult result = switchover("ended-allocation").reconcile();
        // then: the referral is a duty case in the target only
        assertEquals(List.of("open-duty-cases"), result.failingCheckIds());
        CheckOutcome duty = outcome(result, "open-duty-cases");
        assertEquals(1, duty.onlyInTarget().size());
        assertEquals(List.of(), duty.onlyInLegacy());
    }

    @Test
    void deletingOneCaseNoteFailsOnlyTheCaseNoteCountsAndTheCommandExitsOne() throws SQLException {
        // given: a case note of a living child
        long note = single("pick_case_note_of_living_child");
        // when: it is deleted, and the reconcile command runs
        update("delete_case_note", note);
        ReconciliationResult result = switchover("deleted-note").reconcile();
        int exitCode = SwitchoverCommand.execute("reconcile", "--legacy-url", legacy.url(), "--legacy-user", legacy.user(),
                "--target-url", target.url(), "--target-user", target.user(), "--report-dir", dir.resolve("cli").toString(),
                "--go-live", "2019-02-01");
        // then: only the counts of case notes fail: the target holds one row fewer than the run loaded
        assertEquals(List.of("counts-ssd_case_notes"), result.failingCheckIds());
        CheckOutcome counts = outcome(result, "counts-ssd_case_notes");
        assertEquals(counts.counts().loaded() - 1, counts.counts().targetCount());
        assertEquals(1, exitCode, "reconcile exits 1 on NO_GO");
    }

    @Test
    void theDryRunCommandExitsOneWhenItsReconciliationIsNoGo() {
        // given: a checks directory whose only check fails on any migrated data
        Path failing = Path.of("src", "test", "resources", "reconcile-fixtures", "always-fails");
        // when: the dry-run command runs with it, and with the shipped checks
        int noGo = SwitchoverCommand.execute("dry-run", "--quiet", "--legacy-url", legacy.url(), "--legacy-user", legacy.user(),
                "--target-url", target.url(), "--target-user", target.user(), "--report-dir", dir.resolve("cli-no-go").toString(),
                "--checks", failing.toString());
        int go = SwitchoverCommand.execute("dry-run", "--quiet", "--legacy-url", legacy.url(), "--legacy-user", legacy.user(),
                "--target-url", target.url(), "--target-user", target.user(), "--report-dir", dir.resolve("cli-go").toString());
        // then: 1 for NO_GO, 0 for GO
        assertEquals(1, noGo, "dry-run exits 1 when the verdict is NO_GO");
        assertEquals(0, go, "dry-run exits 0 when the verdict is GO");
    }

    private Switchover switchover(String name) {
        return Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve(name))
                .goLive(LocalDate.of(2019, 2, 1)).quiet(true).build();
    }

    private static CheckOutcome outcome(ReconciliationResult result, String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private long single(String name, long... parameters) throws SQLException {
        try (Connection pg = Databases.connect(target);
             PreparedStatement query = pg.prepareStatement(SqlResource.load("sql/reconcile-test/" + name + ".sql").text())) {
            for (int i = 0; i < parameters.length; i++) {
                query.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), name + " found nothing to corrupt");
                return rs.getLong(1);
            }
        }
    }

    private void update(String name, long key) throws SQLException {
        try (Connection pg = Databases.connect(target);
             PreparedStatement update = pg.prepareStatement(SqlResource.load("sql/reconcile-test/" + name + ".sql").text())) {
            update.setLong(1, key);
            assertTrue(update.executeUpdate() >= 0);
        }
    }
}
