package org.switchover.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.cutover.FinalLoadResult;
import org.switchover.db.ConnectionSpec;
import org.switchover.legacy.LegacySchema;
import org.switchover.project.Project;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.RunProgress;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second example goes through the same cutover as the first, from its files only: its dry run killed (SIGKILL)
 * mid-load and resumed ends as an uninterrupted one; the final-load gate refuses it unsigned and unfrozen, with nothing
 * loaded, then loads it and marks the target production once it is signed and frozen. Its records that cannot migrate
 * (README: episodes 139-141, registration 313) are accepted by their owners first, so its dry runs are GO.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CarefirstCutoverTest {
    private static final String EXAMPLE = "examples/carefirst-to-ssd";
    private static final String HEAD_OF_SERVICE = "Head of Service, Child Protection";
    private static final int CHUNK_ROWS = 5;
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    private static final double[] KILL_AT_SHARE_OF_ROWS = {0.2, 0.5, 0.8};

    private final LocalDate goLive = LocalDate.now().plusDays(7);
    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;
    private Map<String, String> uninterruptedTarget;
    private List<String> uninterruptedCounts;
    private long uninterruptedRows;

    @BeforeAll
    void givenTheExampleWithItsUnmigratableRecordsAccepted(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                           @TempDir Path tempDir) throws Exception {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        dir = tempDir;
        Project project = new Project(Path.of(EXAMPLE));
        LegacySchema.create(legacy, project.legacySchemaFile());
        LegacySchema.load(legacy, Project.sqlFiles(project.fixtures()));
        Switchover owners = configure("owners").build();
        ReconciliationResult first = owners.dryRun().reconciliation();
        assertEquals(List.of("active-cp-plans 313", "open-duty-cases 139", "open-duty-cases 140",
                "open-duty-cases 141", "open-referrals 139", "open-referrals 140", "open-referrals 141"), OwnerDecisions.notMigrated(first));
        assertTrue(OwnerDecisions.onEveryRecordNotMigrated(owners, first, "accept").go());
        Process uninterrupted = start(false);
        assertTrue(uninterrupted.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, uninterrupted.exitValue(), this::log);
        TargetSnapshot.LatestRun run = TargetSnapshot.latestRun(target);
        uninterruptedTarget = TargetSnapshot.checksums(target);
        uninterruptedCounts = TargetSnapshot.runCounts(target, run.runId());
        uninterruptedRows = run.rowsRead();
        assertEquals(247, uninterruptedRows);
    }

    @Test
    @Order(1)
    void aDryRunKilledMidLoadAndResumedEndsAsAnUninterruptedOne() throws Exception {
        int killedMidRun = 0;
        for (double share : KILL_AT_SHARE_OF_ROWS) {
            // given a dry run killed once a share of the rows is committed
            long previousRun = TargetSnapshot.latestRun(target).runId();
            Process child = start(false);
            RunProgress.await(target, child, CHILD_TIMEOUT_SECONDS, latest -> latest.runId() > previousRun);
            RunProgress.await(target, child, CHILD_TIMEOUT_SECONDS, latest -> latest.rowsRead() >= (long) (share * uninterruptedRows));
            boolean killed = child.isAlive();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the client
            child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            TargetSnapshot.LatestRun afterKill = TargetSnapshot.latestRun(target);
            killedMidRun += killed && "RUNNING".equals(afterKill.status()) ? 1 : 0;
            // when it is resumed
            Process resumed = start(true);
            assertTrue(resumed.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            // then it is GO and the target and the run's counts are those of the uninterrupted run
            assertEquals(0, resumed.exitValue(), this::log);
            TargetSnapshot.LatestRun finished = TargetSnapshot.latestRun(target);
            assertEquals("SUCCEEDED", finished.status());
            assertEquals(uninterruptedTarget, TargetSnapshot.checksums(target), "killed at " + share);
            assertEquals(uninterruptedCounts, TargetSnapshot.runCounts(target, finished.runId()), "killed at " + share);
        }
        assertTrue(killedMidRun >= 2, "only " + killedMidRun + " of 3 kills landed mid-run");
    }

    @Test
    @Order(2)
    void theGateRefusesItUnsignedAndUnfrozenThenLoadsItSignedAndFrozen() throws Exception {
        // given the latest dry run, GO, neither signed nor frozen
        long dryRunId = TargetSnapshot.latestRun(target).runId();
        // when the final load is asked for
        FinalLoadResult refused = configure("final-load").build().finalLoad();
        // then it is refused for exactly those two reasons, with nothing loaded and no run started
        assertEquals(FinalLoadResult.Outcome.REFUSED, refused.outcome());
        assertEquals(List.of("dry run " + dryRunId + " has no valid sign-off by the role '" + HEAD_OF_SERVICE + "'",
                "no freeze recorded: run switchover freeze when legacy is made read-only"), refused.unmet());
        assertEquals(dryRunId, TargetSnapshot.latestRun(target).runId());
        assertEquals(uninterruptedTarget, TargetSnapshot.checksums(target));
        // and once the head of service signs the dry run's report and legacy is frozen, it loads and goes production
        configure("report").build().signOff("Alex Smith", HEAD_OF_SERVICE);
        configure("report").build().freeze();
        FinalLoadResult loaded = configure("final-load").build().finalLoad();
        assertEquals(FinalLoadResult.Outcome.PRODUCTION, loaded.outcome(), () -> loaded.unmet() + " " + loaded.failure());
        assertEquals("GO", loaded.verdict());
        assertEquals(uninterruptedTarget, TargetSnapshot.checksums(target));
    }

    private SwitchoverBuilder configure(String reportDir) {
        return Switchover.configure().project(Path.of(EXAMPLE)).legacy(legacy).target(target).goLive(goLive).quiet(true)
                .reportDir(dir.resolve(reportDir)).configFile(null);
    }

    private Process start(boolean resume) throws Exception {
        List<String> args = new ArrayList<>(List.of("dry-run", "--project", EXAMPLE, "--legacy-url=" + legacy.url(),
                "--target-url=" + target.url(), "--legacy-user=" + legacy.user(), "--target-user=" + target.user(), "--quiet",
                "--chunk-rows=" + CHUNK_ROWS, "--go-live=" + goLive, "--report-dir=" + dir.resolve("report")));
        if (resume) {
            args.add("--resume");
        }
        return CliProcess.start(dir.resolve("child.log").toFile(), args.toArray(String[]::new));
    }

    private String log() {
        try {
            String text = Files.readString(dir.resolve("child.log"));
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (Exception e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
