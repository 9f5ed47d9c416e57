package org.switchover.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.RunProgress;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TestDatabases;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real crashes: a child JVM running `switchover dry-run` with small chunks is killed (SIGKILL, no
 * shutdown hooks) at seeded random moments, then restarted with --resume, sometimes killed again.
 * Every trial must end with exactly the target and the counts of an uninterrupted run. The large tables (case notes,
 * contacts) are read as key ranges side by side, each with its own checkpoint, so kills also cut a split table part-way.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeAfterKillTest {
    private static final double SCALE = 0.01;
    private static final int CHUNK_ROWS = 100;
    private static final int TRIALS = 10;
    private static final long KILL_SEED = 20261126L;
    /** A child still running after this is hung. */
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    /** After the progress mark, the kill waits up to this long: into the next chunk, usually mid-chunk. */
    private static final int MID_CHUNK_MILLIS = 30;
    /** At this scale case notes (about 5,000 rows) and contacts are above it: both are read in key ranges. */
    private static final long SPLIT_ROWS = 1_000;
    private static final int KEY_RANGES = 2;

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;
    private Map<String, String> uninterruptedChecksums;
    private List<String> uninterruptedCounts;
    /** How long the uninterrupted run took from launch to exit: the window for the kills at launch. */
    private long uninterruptedMillis;
    /**
     * Legacy rows the uninterrupted run read. Mid-run kills are placed by progress, not by the clock
     * (after a random share of these rows is committed, plus a few milliseconds into the next chunk),
     * so they land inside the load however busy the machine is.
     */
    private long uninterruptedRows;

    @BeforeAll
    void givenAnUninterruptedRunToCompareWith(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                              @TempDir Path tempDir) throws Exception {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        dir = tempDir;
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(7).build());
        // the generated data holds headline records that cannot migrate: their owners accept them once, after a first dry
        // run, and the decisions carry over to every run below, so each that finishes is GO (exit 0)
        Switchover owners = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("owners")).quiet(true).build();
        assertTrue(OwnerDecisions.onEveryRecordNotMigrated(owners, owners.dryRun().reconciliation(), "accept").go());
        Process uninterrupted = start(false);
        long started = System.nanoTime();
        assertTrue(uninterrupted.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        uninterruptedMillis = Math.max(500, (System.nanoTime() - started) / 1_000_000);
        assertEquals(0, uninterrupted.exitValue(), this::log);
        TargetSnapshot.LatestRun run = TargetSnapshot.latestRun(target);
        uninterruptedChecksums = TargetSnapshot.checksums(target);
        uninterruptedCounts = TargetSnapshot.runCounts(target, run.runId());
        uninterruptedRows = run.rowsRead();
        assertTrue(uninterruptedChecksums.size() >= 17 && !uninterruptedCounts.isEmpty());
    }

    @Test
    void aRunKilledAtRandomMomentsAndResumedEndsAsAnUninterruptedRun() throws Exception {
        Random random = new Random(KILL_SEED);
        int killedMidRun = 0;
        int killedInSplitTable = 0;
        List<String> trials = new ArrayList<>();
        for (int trial = 1; trial <= TRIALS; trial++) {
            // given a fresh dry run, killed at a random moment while it loads (trials 1 and 6: while the JVM starts)
            long previousRun = TargetSnapshot.latestRun(target).runId();
            Process first = start(false);
            long killAfter;
            if (trial % 5 == 1) {
                killAfter = (long) (random.nextDouble() * uninterruptedMillis);
            } else {
                awaitNewRun(first, previousRun);
                awaitRowsRead(first, (long) ((0.05 + 0.85 * random.nextDouble()) * uninterruptedRows));
                killAfter = random.nextInt(MID_CHUNK_MILLIS);
            }
            boolean killedFirst = killAfter(first, killAfter);
            TargetSnapshot.LatestRun afterKill = TargetSnapshot.latestRun(target);
            boolean midRun = killedFirst && afterKill != null && "RUNNING".equals(afterKill.status());
            killedMidRun += midRun ? 1 : 0;
            boolean inSplitTable = midRun && afterKill.splitPartWay() > 0;
            killedInSplitTable += inSplitTable ? 1 : 0;
            // when it is resumed; every other trial kills the resumed run too and resumes again
            if (trial % 2 == 0 && midRun) {
                Process resumedOnce = start(true);
                awaitResumed(resumedOnce, afterKill.resumed());
                killAfter(resumedOnce, (long) (random.nextDouble() * uninterruptedMillis / 2));
            }
            Process resumed = start(true);
            assertTrue(resumed.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS), "resume of trial " + trial + " hung");
            assertEquals(0, resumed.exitValue(), "trial " + trial + ": " + log());
            // then the target and the run's records are those of an uninterrupted run
            TargetSnapshot.LatestRun finished = TargetSnapshot.latestRun(target);
            boolean sameRun = midRun && finished.runId() == afterKill.runId();
            assertEquals("SUCCEEDED", finished.status());
            assertEquals(uninterruptedChecksums, TargetSnapshot.checksums(target), "trial " + trial + " target differs");
            assertEquals(uninterruptedCounts, TargetSnapshot.runCounts(target, finished.runId()), "trial " + trial + " counts differ");
            trials.add("trial " + trial + ": kill " + killAfter + " ms after " + (trial % 5 == 1 ? "launch" : "a progress mark") + ", " + (midRun ? "mid-run after "
                    + afterKill.checkpoints() + " checkpointed mappings" + (inSplitTable ? ", " + afterKill.splitPartWay()
                    + " split part-way" : "") : "before the run started or after it ended")
                    + (sameRun ? ", run " + finished.runId() + " resumed " + finished.resumed() + "x"
                    : ", --resume found no interrupted run and made run " + finished.runId()) + ", identical");
        }
        System.out.println(String.join(System.lineSeparator(), trials));
        // the seeded moments must mostly land inside the load, or the test proves little
        assertTrue(killedMidRun >= TRIALS / 2, "only " + killedMidRun + " of " + TRIALS + " kills landed mid-run");
        // and several cut a table read in key ranges part-way, so resuming ranges from their own checkpoints is what is tested
        assertTrue(killedInSplitTable >= TRIALS / 4, "only " + killedInSplitTable + " of " + TRIALS + " kills cut a split table part-way");
    }

    /** Waits until the child has recorded a run newer than {@code previousRun} (or has ended). */
    private void awaitNewRun(Process child, long previousRun) throws Exception {
        RunProgress.await(target, child, CHILD_TIMEOUT_SECONDS, latest -> latest.runId() > previousRun);
    }

    /** Waits until the latest run has committed at least {@code rows} legacy rows, or the child has ended. */
    private void awaitRowsRead(Process child, long rows) throws Exception {
        RunProgress.await(target, child, CHILD_TIMEOUT_SECONDS, latest -> latest.rowsRead() >= rows);
    }

    /** Waits until the child has reopened the interrupted run (its resume count went up), or has ended. */
    private void awaitResumed(Process child, int resumedBefore) throws Exception {
        RunProgress.await(target, child, CHILD_TIMEOUT_SECONDS, latest -> latest.resumed() > resumedBefore);
    }

    /** Kills the child after {@code millis} unless it ended first; true when it was killed. */
    private static boolean killAfter(Process process, long millis) throws InterruptedException {
        if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no rollback by the client
        process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return true;
    }

    private Process start(boolean resume) throws Exception {
        List<String> args = new ArrayList<>(List.of("dry-run", "--legacy-url=" + legacy.url(), "--target-url=" + target.url(),
                "--legacy-user=" + legacy.user(), "--target-user=" + target.user(), "--quiet",
                "--chunk-rows=" + CHUNK_ROWS, "--split-rows=" + SPLIT_ROWS, "--key-ranges=" + KEY_RANGES,
                "--report-dir=" + dir.resolve("report")));
        if (resume) {
            args.add("--resume");
        }
        return CliProcess.start(dir.resolve("child.log").toFile(), args.toArray(String[]::new));
    }

    private String log() {
        try {
            File log = dir.resolve("child.log").toFile();
            String text = Files.readString(log.toPath());
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (Exception e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
