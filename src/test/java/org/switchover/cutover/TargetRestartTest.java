package org.switchover.cutover;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.TestDatabases;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target PostgreSQL server is restarted (a dedicated cluster this test starts, stops and starts
 * again on the same data directory and port) while a dry run loads into it. The run must stop with
 * a clear message, leave no half-committed chunk, and finish with --resume exactly like an
 * uninterrupted run.
 */
@ExtendWith(TestDatabases.class)
class TargetRestartTest {
    private static final int CHUNK_ROWS = 50;
    private static final int CHECKPOINTS_BEFORE_RESTART = 3;

    @Test
    void aServerRestartMidLoadStopsCleanlyAndTheRunResumes(TestDatabases.LegacyDb legacyDb, @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.01).seed(5).build());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres server = start(data, port);
        try {
            ConnectionSpec target = new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null);
            SwitchoverBuilder configured = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("report"))
                    .quiet(true).chunkRows(CHUNK_ROWS);
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
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/cutover/rows_vs_loaded.sql").text())) {
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
