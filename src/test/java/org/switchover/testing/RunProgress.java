package org.switchover.testing;

import org.switchover.db.ConnectionSpec;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Waiting on a load's recorded progress instead of the clock: polls the target's latest run (its status, resumes and
 * the legacy rows its committed chunks read) until a condition holds, the child process running the load has ended,
 * or a deadline passes. Tests that kill a load mid-run place the kill by progress, so it lands inside the load
 * however busy the machine is.
 */
public final class RunProgress {
    private static final long POLL_MILLIS = 10;

    private RunProgress() {
    }

    /** True once the latest run satisfies {@code reached}; false when the child ended or the deadline passed first. */
    public static boolean await(ConnectionSpec target, Process child, long timeoutSeconds,
                                Predicate<TargetSnapshot.LatestRun> reached) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (child.isAlive() && System.nanoTime() < deadline) {
            TargetSnapshot.LatestRun latest = latestRunOrNull(target);
            if (latest != null && reached.test(latest)) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    /** Before the first run Flyway may not have created the migration schema yet. */
    private static TargetSnapshot.LatestRun latestRunOrNull(ConnectionSpec target) {
        try {
            return TargetSnapshot.latestRun(target);
        } catch (SQLException e) {
            return null;
        }
    }
}
