package org.switchover.run;

import com.zaxxer.hikari.HikariDataSource;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.Databases;
import org.switchover.fingerprint.FingerprintStore;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.pipeline.MappingPlan;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Runs a set of mappings from the legacy to the target database as one recorded run: checks the plans,
 * opens the pools, starts (or reopens) the run, starts each mapping's route as soon as the mappings
 * whose tables it references have finished ({@link MappingScheduler}), starts none after a mapping has
 * failed, and records how the run ended. The routes themselves are {@link MappingRoutes}.
 */
public final class MigrationEngine {
    /** Mapping ids become endpoint and route names. */
    private static final Pattern MAPPING_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private final MappingRoutes routes;
    private final RunRecorder recorder = new RunRecorder();

    public MigrationEngine(MappingRoutes routes) {
        this.routes = routes;
    }

    /**
     * Runs {@code plans} with the settings' databases, chunk rows and parallelism. With a {@code resume}
     * state it continues that interrupted run under the same run id instead of starting one: finished
     * mappings are skipped, the others restart after their checkpointed key.
     */
    public EngineResult run(SwitchoverSettings settings, RunFacts facts, List<MappingPlan> plans, ProgressListener listener,
                            ResumeState resume) throws Exception {
        checkPlans(plans);
        int parallel = Math.max(1, Math.min(settings.parallelRoutes(), plans.size()));
        try (HikariDataSource legacyPool = Databases.pool(settings.legacy(), parallel * (settings.keyRanges() + 1));
             HikariDataSource targetPool = Databases.pool(settings.target(), parallel + settings.chunkWorkers() + 1)) {
            long runId = resume == null ? startRun(settings, facts, legacyPool, targetPool) : resume.runId();
            if (resume != null) {
                try (Connection connection = targetPool.getConnection()) {
                    recorder.reopenRun(connection, runId);
                }
            }
            MigrationJob job = new MigrationJob(runId, facts.kind(), plans, legacyPool, targetPool, settings,
                    listener, recorder, resume);
            try {
                runMappings(job, plans, parallel, settings.chunkWorkers());
            } catch (Exception | Error e) {
                job.fail("(engine)", e);
                throw e;
            } finally {
                job.closeAll();
                finishRun(targetPool, job, facts.kind());
            }
            return new EngineResult(runId, job.failed() ? RunStatus.FAILED : RunStatus.SUCCEEDED, job.failure(),
                    job.counts());
        }
    }

    private void runMappings(MigrationJob job, List<MappingPlan> plans, int parallel, int chunkWorkers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        // unbounded queue: ChunkDispatcher bounds the chunks in flight per mapping
        ExecutorService workers = Executors.newFixedThreadPool(chunkWorkers);
        try (MappingRoutes.Runner runner = routes.start(plans, job, new ChunkDispatcher(job, workers, chunkWorkers))) {
            new MappingScheduler(plans, threads, job).run(runner::run);
        } finally {
            threads.shutdownNow();
            workers.shutdownNow();
        }
    }

    /**
     * A new RUNNING run, with the legacy server's identity and clock at its start (deltas take rows updated from
     * it on) and the fingerprint of what it is about to read, when the facts carry one.
     */
    private long startRun(SwitchoverSettings settings, RunFacts facts, HikariDataSource legacyPool,
                          HikariDataSource targetPool) throws SQLException {
        Timestamp legacyNow;
        LegacyServer server;
        try (Connection connection = legacyPool.getConnection()) {
            legacyNow = LegacyServer.clock(connection);
            server = LegacyServer.of(connection);
        }
        try (Connection connection = targetPool.getConnection()) {
            long runId = recorder.startRun(connection, RunDescription.of(facts.kind(), settings.legacy(), settings.target(),
                    facts.mappingHash(), facts.toolkitVersion(), settings.asOf()));
            recorder.setLegacyStarted(connection, runId, legacyNow);
            recorder.setLegacyServer(connection, runId, server);
            if (facts.legacyAtStart() != null) {
                FingerprintStore.save(connection, facts.legacyAtStart(), FingerprintStore.RUN_START, runId);
            }
            return runId;
        }
    }

    /**
     * Ends the run, except a final load that loaded: it stays RUNNING until its reconciliation is done, so that a
     * kill during the reconciliation leaves a run that `status` shows interrupted and --resume continues. A failure
     * to record the end never hides the failure that ended the run: it is only added to it.
     */
    private void finishRun(HikariDataSource targetPool, MigrationJob job, RunKind kind) throws SQLException {
        try (Connection connection = targetPool.getConnection()) {
            if (!job.failed()) {
                // every write on csc up to here is the load's: sign-off refuses csc written after this mark
                CscWrites.markLoaded(connection, job.runId());
                if (kind.reconciledBeforeItEnds()) {
                    return;
                }
            }
            recorder.finishRun(connection, job.runId(), job.failed() ? RunStatus.FAILED : RunStatus.SUCCEEDED,
                    job.failure());
        } catch (SQLException | RuntimeException e) {
            if (!job.failed()) {
                throw e;
            }
        }
    }

    private static void checkPlans(List<MappingPlan> plans) {
        Set<String> seen = new HashSet<>();
        for (MappingPlan plan : plans) {
            if (plan.mappingId() == null || !MAPPING_ID.matcher(plan.mappingId()).matches()) {
                throw new IllegalArgumentException("invalid mapping id '" + plan.mappingId()
                        + "' (letters, digits, '_', '.', '-' only)");
            }
            if (!seen.add(plan.mappingId())) {
                throw new IllegalArgumentException("mapping id " + plan.mappingId() + " is used twice");
            }
            if (plan.transformer() == null) {
                throw new IllegalArgumentException("mapping " + plan.mappingId() + " has no transformer");
            }
        }
    }
}
