package org.switchover.route;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.StartupSummaryLevel;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.load.CopyLoader;
import org.switchover.pipeline.MappingPlan;
import org.switchover.run.EngineResult;
import org.switchover.run.EngineSettings;
import org.switchover.run.MigrationJob;
import org.switchover.run.ProgressListener;
import org.switchover.run.RunDescription;
import org.switchover.run.RunRecorder;
import org.switchover.run.ResumeState;
import org.switchover.run.RunStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Runs a set of mappings from the legacy to the target database as one recorded run: starts a
 * Camel context with one route per mapping (all from {@link MigrateMappingTemplate}), starts each
 * mapping as soon as the mappings whose tables it references have finished (see {@link MappingScheduler}),
 * and starts none after a mapping has failed.
 */
public final class MigrationEngine {
    /** Mapping ids become endpoint and route names. */
    private static final Pattern MAPPING_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Threads that transform and commit chunks, shared by all routes: one per core (see {@link ChunkDispatcher}). */
    public static final int CHUNK_WORKERS = Runtime.getRuntime().availableProcessors();

    private final RunRecorder recorder = new RunRecorder();
    private final CopyLoader loader = new CopyLoader();

    public EngineResult run(ConnectionSpec legacy, ConnectionSpec target, List<MappingPlan> plans,
                            EngineSettings settings, ProgressListener listener) throws Exception {
        return run(legacy, target, plans, settings, listener, null);
    }

    /**
     * As {@link #run(ConnectionSpec, ConnectionSpec, List, EngineSettings, ProgressListener)}; with a
     * {@code resume} state it continues that interrupted run under the same run id instead of starting
     * one: finished mappings are skipped, the others restart after their checkpointed key.
     */
    public EngineResult run(ConnectionSpec legacy, ConnectionSpec target, List<MappingPlan> plans,
                            EngineSettings settings, ProgressListener listener, ResumeState resume) throws Exception {
        checkPlans(plans);
        int parallel = Math.max(1, Math.min(settings.parallelRoutes(), plans.size()));
        try (HikariDataSource legacyPool = Databases.pool(legacy, parallel * 2);
             HikariDataSource targetPool = Databases.pool(target, parallel + CHUNK_WORKERS + 1)) {
            long runId = resume == null ? startRun(legacy, target, settings, legacyPool, targetPool) : resume.runId();
            if (resume != null) {
                try (Connection connection = targetPool.getConnection()) {
                    recorder.reopenRun(connection, runId);
                }
            }
            MigrationJob job = new MigrationJob(runId, plans, legacyPool, targetPool, settings, listener, recorder, loader, resume);
            try {
                runRoutes(job, plans, parallel);
            } catch (Exception | Error e) {
                job.fail("(engine)", e);
                throw e;
            } finally {
                job.closeAll();
                finishRun(targetPool, job);
            }
            return new EngineResult(runId, job.failed() ? RunStatus.FAILED : RunStatus.SUCCEEDED, job.failure(),
                    job.counts());
        }
    }

    private void runRoutes(MigrationJob job, List<MappingPlan> plans, int parallel) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        // unbounded queue: ChunkDispatcher bounds the chunks in flight per mapping
        ExecutorService chunkWorkers = Executors.newFixedThreadPool(CHUNK_WORKERS);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.setStartupSummaryLevel(StartupSummaryLevel.Off);
            JobSteps steps = new JobSteps(job, new ChunkDispatcher(job, chunkWorkers));
            camel.addRoutes(new MigrationErrorHandling(steps));
            camel.addRoutes(new MigrateMappingTemplate(steps));
            RouteBuilder mappingRoutes = mappingRoutes(plans);
            camel.addRoutes(mappingRoutes); // runs configure(), which declares the templated routes
            mappingRoutes.addTemplatedRoutesToCamelContext(camel); // creates them from the template
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();
            new MappingScheduler(plans, threads, job).run(plan ->
                    producer.sendBody(MigrateMappingTemplate.startUri(plan.mappingId()), null));
        } finally {
            threads.shutdownNow();
            chunkWorkers.shutdownNow();
        }
    }

    /** One templated route per mapping, named after it. */
    private static RouteBuilder mappingRoutes(List<MappingPlan> plans) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (MappingPlan plan : plans) {
                    templatedRoute(MigrateMappingTemplate.TEMPLATE_ID)
                            .routeId("migrate-" + plan.mappingId())
                            .parameter(MigrateMappingTemplate.PARAMETER_MAPPING_ID, plan.mappingId());
                }
            }
        };
    }

    /** A new RUNNING run, with the legacy clock at its start (deltas take rows updated after it). */
    private long startRun(ConnectionSpec legacy, ConnectionSpec target, EngineSettings settings,
                          HikariDataSource legacyPool, HikariDataSource targetPool) throws SQLException {
        java.sql.Timestamp legacyNow;
        try (Connection connection = legacyPool.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet clock = statement.executeQuery(org.switchover.db.SqlResource.load("sql/run/legacy_clock.sql").text())) {
            clock.next();
            legacyNow = clock.getTimestamp(1);
        }
        try (Connection connection = targetPool.getConnection()) {
            long runId = recorder.startRun(connection, RunDescription.of(settings.kind(), legacy, target,
                    settings.mappingHash(), settings.toolkitVersion(), settings.asOf()));
            recorder.setLegacyStarted(connection, runId, legacyNow);
            return runId;
        }
    }

    private void finishRun(HikariDataSource targetPool, MigrationJob job) throws SQLException {
        try (Connection connection = targetPool.getConnection()) {
            recorder.finishRun(connection, job.runId(), job.failed() ? RunStatus.FAILED : RunStatus.SUCCEEDED,
                    job.failure());
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
