package org.switchover.dryrun;

import org.switchover.config.ToolkitVersion;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.TargetLoadLock;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.mapping.DatabaseReferences;
import org.switchover.mapping.MappingSet;
import org.switchover.pipeline.MappingPlan;
import org.switchover.reconcile.Reconciliation;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.route.MigrationEngine;
import org.switchover.run.EngineResult;
import org.switchover.run.EngineSettings;
import org.switchover.run.ProgressListener;
import org.switchover.run.InterruptedRun;
import org.switchover.run.ResumeState;
import org.switchover.run.RunKind;
import org.switchover.run.StderrProgress;
import org.switchover.schema.DeferredLoadObjects;
import org.switchover.schema.TargetSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * A dry run: applies Flyway, refuses a production target, empties csc (a dry run always starts
 * clean), migrates every mapping through the engine in load order, writes the counts report and, when the
 * run succeeded, reconciles it (reconciliation.json / .html / CSV lists in the same report directory).
 */
public final class DryRun {
    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final MappingSet mappings;
    /** Appended to every failure: committed chunks are whole and checkpointed, so a resume continues safely. */
    static final String RESUME_HINT = "; everything committed so far is kept: run again with --resume to continue";

    private final LocalDate asOf;
    private final Path reportDir;
    private final boolean quiet;
    private final Reconciliation reconciliation;
    private boolean resume;
    private int chunkRows = org.switchover.extract.KeysetChunkReader.DEFAULT_CHUNK_ROWS;
    private RunKind kind = RunKind.DRY_RUN;

    /** @param reconciliation run after a successful engine run; null to skip it */
    public DryRun(ConnectionSpec legacy, ConnectionSpec target, MappingSet mappings, LocalDate asOf, Path reportDir, boolean quiet,
                  Reconciliation reconciliation) {
        this.legacy = legacy;
        this.target = target;
        this.mappings = mappings;
        this.asOf = asOf;
        this.reportDir = reportDir;
        this.quiet = quiet;
        this.reconciliation = reconciliation;
    }

    /**
     * With true, continues the latest interrupted run of this kind on the target (same run id, no
     * truncate, each mapping after its checkpoint); with no interrupted run it starts a new one.
     */
    public DryRun resume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /** Legacy rows per chunk (and per target transaction). */
    public DryRun chunkRows(int rows) {
        this.chunkRows = rows;
        return this;
    }

    /** The kind recorded in migration.run: a final load is a full load under another name and gate. */
    public DryRun kind(RunKind kind) {
        this.kind = kind;
        return this;
    }

    public DryRunResult run() {
        long started = System.nanoTime();
        PhaseTimes phases = new PhaseTimes();
        checkReachable(legacy);
        // one load at a time per target: a second dry run would empty csc under the first
        try (TargetLoadLock lock = TargetLoadLock.acquire(target, kind.text().replace('-', ' '))) {
            ResumeState resumeState = phases.time(PhaseTimes.PREPARE, () -> {
                TargetSchema.migrate(target);
                return prepareTarget();
            });
            EngineResult result = phases.time(PhaseTimes.MIGRATION, () -> migrate(resumeState));
            phases.time(PhaseTimes.REPORT, () -> CountsReport.write(reportDir, result, legacy, target, mappings.hash(), asOf));
            double seconds = (System.nanoTime() - started) / 1e9;
            ReconciliationResult reconciled = result.succeeded() && reconciliation != null
                    ? phases.time(PhaseTimes.RECONCILIATION, () -> reconciliation.forRun(result.runId()).run()) : null;
            return new DryRunResult(result, reportDir, seconds, reconciled, phases);
        }
    }

    /**
     * The engine run, with the indexes and foreign keys set aside for it put back table by table as
     * each table's mappings finish (and whatever is left at the end, even after a failure).
     */
    private EngineResult migrate(ResumeState resumeState) {
        DatabaseReferences references = new DatabaseReferences(legacy, target);
        List<MappingPlan> plans = mappings.plans(memoized(references));
        EngineSettings settings = EngineSettings.defaults(kind, mappings.hash(), ToolkitVersion.current(), asOf)
                .withChunkRows(chunkRows);
        EngineResult result;
        try (LoadObjectRestorer restorer = new LoadObjectRestorer(target, plans,
                quiet ? ProgressListener.QUIET : new StderrProgress())) {
            try {
                result = new MigrationEngine().run(legacy, target, plans, settings, restorer, resumeState);
            } finally {
                references.release(); // the reconciliation that follows needs the heap more
                restorer.finish();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the " + kind.text() + " stopped: " + e.getMessage() + RESUME_HINT, e);
        }
        if (result.status() != org.switchover.run.RunStatus.SUCCEEDED) {
            // every committed chunk is whole and checkpointed, so the way on is always a resume
            result = new EngineResult(result.runId(), result.status(), result.failure() + RESUME_HINT + " run " + result.runId(),
                    result.mappings());
        }
        return result;
    }

    /** Refuses a production target; then either finds the run to resume or empties csc. */
    private ResumeState prepareTarget() {
        try (Connection connection = Databases.connect(target)) {
            try (Statement statement = connection.createStatement();
                 ResultSet production = statement.executeQuery(SqlResource.load("sql/target/is_production.sql").text())) {
                if (production.next() && production.getBoolean(1)) {
                    throw new ConfigurationException("target database " + target.identity()
                            + " is marked as production by a final load; a " + kind.text().replace('-', ' ') + " will not touch it");
                }
            }
            if (resume) {
                OptionalLong interrupted = InterruptedRun.find(connection, kind, mappings.hash(), legacy.identity());
                if (interrupted.isPresent()) {
                    if (!quiet) {
                        System.err.println("resuming " + kind.text() + " run " + interrupted.getAsLong() + " after its checkpoints");
                    }
                    return ResumeState.load(connection, interrupted.getAsLong());
                }
                if (!quiet) {
                    System.err.println("no interrupted " + kind.text() + " run on this target: starting a new one");
                }
            }
            TargetSchema.truncateCsc(connection);
            // foreign keys and secondary indexes are built after the load; a resumed run finds them set aside already
            DeferredLoadObjects.defer(connection);
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the target database " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /** Fails fast, naming the database, before anything in the target changes. */
    private static void checkReachable(ConnectionSpec spec) {
        try (Connection connection = Databases.connect(spec)) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new org.switchover.db.DatabaseUnavailableException(spec, e);
        }
    }

    private static <T> java.util.function.Supplier<T> memoized(T value) {
        return () -> value;
    }
}
