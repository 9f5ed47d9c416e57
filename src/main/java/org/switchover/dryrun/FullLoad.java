package org.switchover.dryrun;

import org.switchover.config.ToolkitVersion;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.TargetLoadLock;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.mapping.DatabaseReferences;
import org.switchover.mapping.MappingSet;
import org.switchover.pipeline.MappingPlan;
import org.switchover.reconcile.Reconciliation;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.route.CamelMappingRoutes;
import org.switchover.run.EngineResult;
import org.switchover.run.InterruptedRun;
import org.switchover.run.MigrationEngine;
import org.switchover.run.ProgressListener;
import org.switchover.run.ResumeState;
import org.switchover.run.RunFacts;
import org.switchover.run.RunKind;
import org.switchover.run.StderrProgress;
import org.switchover.schema.DeferredLoadObjects;
import org.switchover.schema.TargetSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

/**
 * A full load of one {@link RunKind}: applies Flyway, refuses a production target, empties csc (a full
 * load always starts clean, unless it resumes), migrates every mapping through the engine in load order,
 * writes the counts report and, when the run succeeded, reconciles it (reconciliation.json / .html / CSV
 * lists in the same report directory). The dry run is one; the final load runs one behind its gate.
 *
 * @param settings       where from and to, the as-of date, chunk rows, resume, quiet
 * @param kind           what migration.run records: a final load is a full load under another name and gate
 * @param reportDir      where the counts and reconciliation reports go
 * @param reconciliation run on the load's run id after a successful engine run; null to skip it
 */
public record FullLoad(SwitchoverSettings settings, RunKind kind, Path reportDir, MappingSet mappings,
                       Reconciliation reconciliation) {
    /** Appended to every failure: committed chunks are whole and checkpointed, so a resume continues safely. */
    static final String RESUME_HINT = "; everything committed so far is kept: run again with --resume to continue";

    public DryRunResult run() {
        long started = System.nanoTime();
        PhaseTimes phases = new PhaseTimes();
        ConnectionSpec legacy = settings.legacy();
        ConnectionSpec target = settings.target();
        checkReachable(legacy);
        // one load at a time per target: a second full load would empty csc under the first
        try (TargetLoadLock lock = TargetLoadLock.acquire(target, kind.text().replace('-', ' '))) {
            ResumeState resumeState = phases.time(PhaseTimes.PREPARE, () -> {
                TargetSchema.migrate(target);
                return prepareTarget();
            });
            EngineResult result = phases.time(PhaseTimes.MIGRATION, () -> migrate(resumeState));
            phases.time(PhaseTimes.REPORT, () -> CountsReport.write(reportDir, result, legacy, target, mappings.hash(),
                    settings.asOf()));
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
        DatabaseReferences references = new DatabaseReferences(settings.legacy(), settings.target());
        List<MappingPlan> plans = mappings.plans(memoized(references));
        RunFacts facts = new RunFacts(kind, mappings.hash(), ToolkitVersion.current());
        EngineResult result;
        try (LoadObjectRestorer restorer = new LoadObjectRestorer(settings.target(), plans,
                settings.quiet() ? ProgressListener.QUIET : new StderrProgress())) {
            try {
                result = new MigrationEngine(new CamelMappingRoutes()).run(settings, facts, plans, restorer, resumeState);
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
        ConnectionSpec target = settings.target();
        try (Connection connection = Databases.connect(target)) {
            try (Statement statement = connection.createStatement();
                 ResultSet production = statement.executeQuery(SqlResource.load("sql/target/is_production.sql").text())) {
                if (production.next() && production.getBoolean(1)) {
                    throw new ConfigurationException("target database " + target.identity()
                            + " is marked as production by a final load; a " + kind.text().replace('-', ' ') + " will not touch it");
                }
            }
            if (settings.resume()) {
                OptionalLong interrupted = InterruptedRun.find(connection, kind, mappings.hash(), settings.legacy().identity());
                if (interrupted.isPresent()) {
                    if (!settings.quiet()) {
                        System.err.println("resuming " + kind.text() + " run " + interrupted.getAsLong() + " after its checkpoints");
                    }
                    return ResumeState.load(connection, interrupted.getAsLong());
                }
                if (!settings.quiet()) {
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
