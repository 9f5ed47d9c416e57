package org.switchover.cutover;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.DatabaseUnavailableException;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.TransformSettings;
import org.switchover.schema.CscPersistence;
import org.switchover.testing.Queries;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.TestDatabases;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target PostgreSQL server is restarted (a dedicated cluster this test starts, stops and starts
 * again on the same data directory and port) while a dry run loads into it. The run must stop with
 * a clear message, leave no half-committed chunk, and finish with --resume exactly like an
 * uninterrupted run. A crash (a killed backend, so the server runs crash recovery) empties the dry run's unlogged csc
 * under its checkpoints: then --resume must refuse, and a dry run started again must match.
 */
@ExtendWith(TestDatabases.class)
class TargetRestartTest {
    private static final int CHUNK_ROWS = 50;
    private static final int CHECKPOINTS_BEFORE_RESTART = 3;
    private static String generatedLegacy;

    @Test
    void aServerRestartMidLoadStopsCleanlyAndTheRunResumes(TestDatabases.LegacyDb legacyDb, @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = generated(legacyDb);
        int port = freePort();
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres server = start(data, port);
        try {
            ConnectionSpec target = targetOn(port);
            SwitchoverBuilder configured = dryRuns(legacy, target, dir);
            // given the target an uninterrupted run leaves
            DryRunResult uninterrupted = configured.build().dryRun();
            assertTrue(uninterrupted.succeeded(), () -> uninterrupted.engine().failure());
            Map<String, String> expected = TargetSnapshot.checksums(target);
            List<String> expectedCounts = TargetSnapshot.runCounts(target, uninterrupted.engine().runId());

            // when the server restarts while a new run is loading
            long previousRun = uninterrupted.engine().runId();
            CompletableFuture<String> interrupted = CompletableFuture.supplyAsync(() -> {
                try {
                    DryRunResult result = configured.build().dryRun();
                    return result.succeeded() ? "SUCCEEDED" : result.engine().failure();
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
            });
            awaitCheckpoints(target, previousRun);
            server.close(); // pg_ctl stop -m fast: open transactions are rolled back, connections cut
            server = start(data, port);
            String failure = interrupted.get(3, TimeUnit.MINUTES);

            // then the run stopped and said so, naming the lost connection
            assertFalse("SUCCEEDED".equals(failure), "the run should have noticed the restart");
            assertTrue(failure.contains("--resume"), failure);
            // and every chunk is either wholly in the target and its counts, or not at all
            TargetSnapshot.LatestRun stopped = TargetSnapshot.latestRun(target);
            for (String[] table : rowsVersusLoaded(target, stopped.runId())) {
                assertEquals(table[1], table[2], "csc." + table[0] + ": rows present vs rows the run recorded");
            }
            // and --resume finishes it with exactly the uninterrupted target and counts
            DryRunResult resumed = configured.resume(true).build().dryRun();
            assertTrue(resumed.succeeded(), () -> resumed.engine().failure());
            assertEquals(stopped.runId(), resumed.engine().runId());
            assertEquals(expected, TargetSnapshot.checksums(target));
            assertEquals(expectedCounts, TargetSnapshot.runCounts(target, resumed.engine().runId()));
            System.out.println("restart stopped run " + stopped.runId() + ": " + failure);
        } finally {
            server.close();
        }
    }

    @Test
    void aServerCrashMidDryRunEmptiesItsUnloggedCscSoResumeIsRefusedAndARunAgainMatches(TestDatabases.LegacyDb legacyDb,
                                                                                       @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = generated(legacyDb);
        int port = freePort();
        try (EmbeddedPostgres server = start(dir.resolve("pgdata"), port)) {
            ConnectionSpec target = targetOn(port);
            SwitchoverBuilder configured = dryRuns(legacy, target, dir);
            // given the target an uninterrupted dry run leaves, in unlogged tables
            DryRunResult uninterrupted = configured.build().dryRun();
            assertTrue(uninterrupted.succeeded(), () -> uninterrupted.engine().failure());
            Map<String, String> expected = TargetSnapshot.checksums(target);
            assertEquals(List.of("u"), Queries.rows(target, "sql/cutover/csc_persistence.sql"));

            // when the server crashes while idle, a delta from that run is refused: csc no longer holds what it loaded (the
            // run's records made durable first, as a server with synchronous_commit on keeps them: the embedded one runs
            // with it off, and could lose the reconciliation's record that a sign-off below looks up)
            try (Connection connection = Databases.connect(target); java.sql.Statement statement = connection.createStatement()) {
                statement.execute(SqlResource.load("sql/target/checkpoint.sql").text());
            }
            crash(target);
            awaitAccepting(target);
            long base = uninterrupted.engine().runId();
            RuntimeException noDelta = assertThrows(RuntimeException.class, () -> configured.build().delta(base));
            assertEquals("--since " + base + ": the target server has recovered from a crash since run " + base + " loaded, and "
                    + "crash recovery empties a dry run's csc (its tables are unlogged); make a new full load", noDelta.getMessage());
            // and status says so
            assertTrue(configured.build().status().lines().contains("csc: " + CscPersistence.EMPTIED_BY_CRASH),
                    () -> configured.build().status().lines().toString());
            // and so is its reconciliation, which would count every loaded row as lost
            RuntimeException noReconciliation = assertThrows(RuntimeException.class,
                    () -> configured.reportDir(dir.resolve("after-crash")).build().reconcile());
            assertEquals("cannot reconcile run " + base + ": the target server has recovered from a crash since, and crash recovery "
                    + "empties a dry run's csc (its tables are unlogged); run dry-run again", noReconciliation.getMessage());
            // and so is a census return, which would otherwise be made from an empty csc
            RuntimeException noReturn = assertThrows(RuntimeException.class,
                    () -> configured.build().census(2019, "840", dir.resolve("cin_census_2019.xml")));
            assertEquals("the target database " + target.identity() + " has recovered from a crash since dry-run run " + base
                    + " loaded it, and crash recovery empties a dry run's csc (its tables are unlogged): its csc is not whole, "
                    + "so no census return is made from it", noReturn.getMessage());
            // and, as while a scratch run holds csc, nothing signs, decides or gates on the run csc no longer holds: a
            // sign-off of its report, an exception on one of its records, and the final-load gate each name the crash
            String emptied = "csc was " + CscPersistence.EMPTIED_BY_CRASH;
            RuntimeException noSignOff = assertThrows(RuntimeException.class, () -> configured.reportDir(dir.resolve("report")).build()
                    .signOff("Alex Smith", "Head of Service, Child Protection"));
            assertTrue(noSignOff.getMessage().contains(emptied), noSignOff.getMessage());
            RuntimeException noException = assertThrows(RuntimeException.class, () -> configured.build()
                    .exception("open-duty-cases", "1", "accept", "Alex Smith", "Head of Service, Child Protection", "carried over"));
            assertEquals("no exception can be decided now: " + emptied, noException.getMessage());
            FinalLoadGate.Verdict gate = new FinalLoadGate(configured.build().settings(),
                    MappingSet.load(Path.of("mappings"), TransformSettings.defaults())).check(java.time.LocalDate.now());
            assertTrue(gate.unmet().contains(emptied), gate.unmet().toString());

            // when a backend is killed while a new run is loading, so that the server runs crash recovery
            long previousRun = uninterrupted.engine().runId();
            CompletableFuture<DryRunResult> interrupted = CompletableFuture.supplyAsync(() -> configured.build().dryRun());
            awaitCheckpoints(target, previousRun);
            crash(target);
            String failure = interrupted.handle((result, error) -> error != null ? error.getMessage()
                    : result.succeeded() ? "SUCCEEDED" : result.engine().failure()).get(3, TimeUnit.MINUTES);
            assertFalse("SUCCEEDED".equals(failure), "the run should have noticed the crash");
            awaitAccepting(target);
            long stopped = TargetSnapshot.latestRun(target).runId();

            // then csc lost the chunks the run checkpointed, so --resume refuses, naming the run and why
            RuntimeException refused = assertThrows(RuntimeException.class, () -> configured.resume(true).build().dryRun());
            assertEquals("cannot resume dry-run run " + stopped + " on " + target.identity() + ": the server has recovered from a "
                    + "crash since, and crash recovery empties a dry run's csc (its tables are unlogged), so csc no longer holds "
                    + "the chunks the run checkpointed; run it again without --resume", refused.getMessage());
            assertEquals(stopped, TargetSnapshot.latestRun(target).runId(), "the refused resume started no run");
            // and a dry run started again leaves exactly the uninterrupted target
            DryRunResult again = configured.resume(false).build().dryRun();
            assertTrue(again.succeeded(), () -> again.engine().failure());
            assertEquals(expected, TargetSnapshot.checksums(target));
        }
    }

    /** Kills one backend with SIGKILL: PostgreSQL then restarts every process and runs crash recovery. */
    private static void crash(ConnectionSpec target) throws Exception {
        Connection victim = Databases.connect(target);
        long pid;
        try (var statement = victim.createStatement(); ResultSet row = statement.executeQuery(SqlResource.load("sql/cutover/backend_pid.sql").text())) {
            row.next();
            pid = row.getLong(1);
        }
        ProcessHandle backend = ProcessHandle.of(pid).orElseThrow();
        assertTrue(backend.destroyForcibly(), "cannot kill backend " + pid);
        backend.onExit().get(30, TimeUnit.SECONDS);
        try {
            victim.close();
        } catch (SQLException gone) {
            // the connection died with its backend
        }
    }

    private static void awaitAccepting(ConnectionSpec target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try (Connection connection = Databases.connect(target)) {
                return;
            } catch (SQLException | DatabaseUnavailableException recovering) { // "the database system is in recovery mode"
                if (System.nanoTime() > deadline) {
                    throw recovering;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The class's legacy database, filled by its first test (both tests read the same rows). */
    private static synchronized ConnectionSpec generated(TestDatabases.LegacyDb legacyDb) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        if (!legacy.identity().equals(generatedLegacy)) {
            LegacySchema.create(legacy);
            new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.01).seed(5).build());
            generatedLegacy = legacy.identity();
        }
        return legacy;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ConnectionSpec targetOn(int port) {
        return new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null);
    }

    /** Dry runs from {@code legacy} into {@code target} in small chunks, so a run commits many checkpoints. */
    private static SwitchoverBuilder dryRuns(ConnectionSpec legacy, ConnectionSpec target, Path dir) {
        return Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("report")).quiet(true).chunkRows(CHUNK_ROWS);
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /** Waits until the run after {@code previousRun} has committed a few chunks. */
    private static void awaitCheckpoints(ConnectionSpec target, long previousRun) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            TargetSnapshot.LatestRun latest = TargetSnapshot.latestRun(target);
            if (latest.runId() > previousRun && latest.checkpoints() >= CHECKPOINTS_BEFORE_RESTART) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second run never committed " + CHECKPOINTS_BEFORE_RESTART + " chunks");
    }

    private static List<String[]> rowsVersusLoaded(ConnectionSpec target, long runId) throws Exception {
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/run/csc_vs_checkpoints.sql").text())) {
            statement.setLong(1, runId);
            List<String[]> tables = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            return tables;
        }
    }
}
