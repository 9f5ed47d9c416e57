package org.switchover.cutover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes a delta used to miss: legacy updates that do not bump updated_dt (an ethnicity changed between two valid
 * codes, a case note body edited, a referral closed, a team renamed), a hard delete, and an update in the very second
 * the full load started. The delta finds them through the per-key-range fingerprints and updated_dt >= start, and the
 * target then equals a fresh full load, table by table, with the same records, reconciled GO as a whole.
 */
@ExtendWith(TestDatabases.class)
class DeltaSilentChangesTest {
    private static final double SCALE = 0.02;

    @Test
    void changesThatKeepUpdatedDtOrFallInTheStartSecondAreMigratedToo(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                      @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        // given a full load
        long fullRun = GeneratedLoad.dryRun(legacy, target, SCALE, 12, dir.resolve("full"), null).runId();
        Timestamp started = Timestamp.valueOf(Queries.rows(target, "sql/delta/legacy_started_at.sql", fullRun).get(0));
        // and legacy changed without a trace in updated_dt, and in the very second the load started
        Queries.update(legacy, "sql/delta/silent_changes.legacy.sql", started);

        // when the delta runs
        DeltaResult delta = DeltaLoadTest.delta(legacy, target, dir, fullRun);

        // then the rows changed in the start second are read as changed ones (updated_dt >= start, not >)
        long sameSecond = Queries.number(legacy, "sql/delta/same_second_clients.legacy.sql", started);
        assertTrue(sameSecond > 0);
        try (Connection connection = Databases.connect(legacy)) {
            assertEquals(sameSecond,
                    new DeltaLegacyReads(connection).updatedSince("client", "client_no", started).stream()
                            .filter(key -> Long.parseLong(key) % 97 == 11).count());
        }
        // and the target, and the run's records, equal a fresh full load's; the whole target reconciles GO
        DeltaLoadTest.assertEqualsAFreshFullLoad(legacy, target, dir, delta);
    }

}
