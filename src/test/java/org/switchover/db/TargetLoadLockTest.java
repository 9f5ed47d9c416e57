package org.switchover.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One load at a time per target: what a second dry run meets while the first holds the target. */
@ExtendWith(TestDatabases.class)
class TargetLoadLockTest {
    @Test
    void aSecondLoadIsRefusedWhileTheFirstHoldsTheTargetAndRunsOnceItIsReleased(TestDatabases.LegacyDb legacyDb,
            TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given legacy data, and a load (here: the lock alone) holding the target
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.002).seed(3).build());
        Switchover dryRun = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("report"))
                .quiet(true).build();
        try (TargetLoadLock first = TargetLoadLock.acquire(target, "final load")) {
            assertEquals(1, lockHolders(target));
            // when a dry run starts against the same target
            long started = System.nanoTime();
            IllegalStateException refused = assertThrows(IllegalStateException.class, dryRun::dryRun);

            // then it waits its grace period, is refused naming the target and the lock, and touches nothing
            assertTrue(System.nanoTime() - started >= TargetLoadLock.WAIT_SECONDS * 1_000_000_000L);
            assertEquals("another load is writing to target " + target.identity() + " (advisory lock "
                    + TargetLoadLock.LOCK_KEY + " is held; see pg_locks): the dry run was not started;"
                    + " wait for that load to end, or stop it", refused.getMessage());
            assertFalse(Files.exists(dir.resolve("report").resolve("counts.json")));
            assertEquals(0, runs(target));
        }

        // when the first load has let go, then the dry run runs, and gives the lock back at its end
        DryRunResult result = dryRun.dryRun();
        assertTrue(result.succeeded());
        assertEquals(1, runs(target));
        assertEquals(0, lockHolders(target));
    }

    /**
     * Sessions holding the load lock on this test's target (an advisory lock on a bigint shows its halves as classid
     * and objid; pg_locks spans the server, where other test classes' loads hold the same lock on their targets).
     */
    private static long lockHolders(ConnectionSpec target) throws Exception {
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                     + " AND classid = " + (TargetLoadLock.LOCK_KEY >>> 32) + " AND objid = " + (TargetLoadLock.LOCK_KEY & 0xFFFFFFFFL))) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Runs recorded on the target; 0 when the migration schema is not there yet. */
    private static long runs(ConnectionSpec target) throws Exception {
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('migration.run') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM migration.run")) {
            count.next();
            return count.getLong(1);
        }
    }
}
