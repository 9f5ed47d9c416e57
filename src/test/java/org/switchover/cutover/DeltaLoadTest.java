package org.switchover.cutover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.Status;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.Queries;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A delta after a full load must give exactly the target a fresh full load gives, and account for it as a full load
 * does: after about 1 % of the legacy rows change (updates, inserts, deletes, a merge, a deleted client with records,
 * a new client), and after changes that never touch updated_dt or fall in the very second the load started, the
 * delta moves only the changed key ranges, every csc table then checksums equal to a full reload, the delta run's
 * counts, rules, rejects and losses equal the reload's, and the whole target reconciles GO against the delta run.
 */
@ExtendWith(TestDatabases.class)
class DeltaLoadTest {
    private static final double SCALE = 0.02;

    @Test
    void aDeltaAfterChangesEqualsAFreshFullLoadAndReconcilesWholeStateGo(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                         @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        // given a full load of generated legacy data, reconciled GO
        GeneratedLoad.Loaded full = GeneratedLoad.dryRun(legacy, target, SCALE, 11, dir.resolve("full"), null);
        assertTrue(full.reconciliation().go());
        long legacyRows = full.legacyRows();
        List<String> fullVerdict = Queries.rows(target, "sql/delta/run_report.sql", full.runId());
        Thread.sleep(1100); // the merge pair below is found by updated_dt after this moment
        // and about 1 % of the legacy rows changed since
        Timestamp changedAfter = new Timestamp(System.currentTimeMillis() - 1000);
        try (Connection connection = Databases.connect(legacy)) {
            SqlResource.load("sql/cutover/delta_changes.legacy.sql").executeAll(connection);
        }
        String[] merge = mergedPair(legacy, changedAfter);

        // when the delta since the full load runs
        DeltaResult delta = delta(legacy, target, dir, full.runId());
        long absorbedRows = rowsOf(target, merge[0]);

        // then it moved a share of the rows (whole changed key ranges), the absorbed client has no person and no records left,
        assertTrue(delta.dirtyKeys() > 0 && delta.dirtyKeys() < legacyRows / 4, "delta re-migrated " + delta.dirtyKeys() + " keys");
        assertEquals(0, absorbedRows, "client " + merge[0] + " was merged into " + merge[1]);
        // the whole target reconciled against the delta run, every counts check balanced, the full load's verdict untouched
        assertEquals(delta.runId(), delta.reconciliation().runId());
        List<String> countsChecks = delta.reconciliation().outcomes().stream().filter(o -> o.counts() != null)
                .filter(o -> o.status() == Status.FAIL
                        || o.counts().read() != o.counts().loaded() + o.counts().excluded() + o.counts().rejected()
                        || o.counts().read() != o.counts().legacyCount() || o.counts().loaded() != o.counts().targetCount())
                .map(CheckOutcome::id).toList();
        assertEquals(List.of(), countsChecks);
        assertEquals(fullVerdict, Queries.rows(target, "sql/delta/run_report.sql", full.runId()));
        // and the target and the run's records equal a fresh full load's, table by table, reconciled GO
        DryRunResult fresh = assertEqualsAFreshFullLoad(legacy, target, dir, delta);
        System.out.printf("delta: %d of %d legacy rows re-migrated (%d target keys changed) in %.1f s; full load %.1f s%n",
                delta.dirtyKeys(), legacyRows, delta.changedKeys(), delta.seconds(), fresh.seconds());
    }

    /**
     * The delta since run {@code since}, at today's as-of date: legacy changed today, and figures as of an earlier date
     * would not describe it (the extract-date check).
     */
    static DeltaResult delta(ConnectionSpec legacy, ConnectionSpec target, Path dir, long since) {
        return Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("delta")).asOf(LocalDate.now()).quiet(true)
                .build().delta(since);
    }

    /**
     * The delta reconciled the whole target GO, and a fresh full load of legacy as it is now gives the same target,
     * table by table, and the same records (counts, rules, rejects, losses) as the delta run; returns the fresh load.
     */
    static DryRunResult assertEqualsAFreshFullLoad(ConnectionSpec legacy, ConnectionSpec target, Path dir, DeltaResult delta) throws Exception {
        assertTrue(delta.reconciliation().go(), () -> "failing: " + delta.reconciliation().failingCheckIds());
        Map<String, String> afterDelta = TargetSnapshot.checksums(target);
        List<String> deltaCounts = TargetSnapshot.runCounts(target, delta.runId());
        DryRunResult fresh = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("fresh")).quiet(true).build().dryRun();
        assertTrue(fresh.succeeded(), () -> fresh.engine().failure());
        assertEquals(TargetSnapshot.checksums(target), afterDelta);
        assertEquals(TargetSnapshot.runCounts(target, fresh.engine().runId()), deltaCounts);
        return fresh;
    }

    private static String[] mergedPair(ConnectionSpec legacy, Timestamp changedAfter) throws Exception {
        try (Connection connection = Databases.connect(legacy);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/cutover/merge_pair.legacy.sql").text())) {
            statement.setTimestamp(1, changedAfter);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), "the change script merged no client");
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }

    private static long rowsOf(ConnectionSpec target, String personId) throws Exception {
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/cutover/merged_client_rows.sql").text())) {
            for (int i = 1; i <= 4; i++) {
                statement.setLong(i, Long.parseLong(personId));
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
