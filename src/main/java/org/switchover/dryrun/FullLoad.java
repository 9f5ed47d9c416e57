package org.switchover.dryrun;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.ToolkitVersion;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.DatabaseUnavailableException;
import org.switchover.db.SqlResource;
import org.switchover.db.TargetLoadLock;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.mapping.DatabaseReferences;
import org.switchover.mapping.MappingSet;
import org.switchover.pipeline.MappingPlan;
import org.switchover.preflight.Preflight;
import org.switchover.reconcile.LegacyAhead;
import org.switchover.reconcile.Reconciliation;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.route.CamelMappingRoutes;
import org.switchover.run.CscWrites;
import org.switchover.run.EngineResult;
import org.switchover.run.Failures;
import org.switchover.run.InterruptedRun;
import org.switchover.run.MigrationEngine;
import org.switchover.run.ProgressListener;
import org.switchover.run.ResumeState;
import org.switchover.run.RunFacts;
import org.switchover.run.RunKind;
import org.switchover.run.RunStatus;
import org.switchover.run.StderrProgress;
import org.switchover.schema.CscPersistence;
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
 * A full load of one {@link RunKind}: the preflight (nothing written until the legacy schema, the report directory
 * and the target's dependents check out), Flyway, refuse a production target, empty csc (a full load always starts
 * clean, unless it resumes), fingerprint the legacy tables it is about to read, migrate every mapping through the
 * engine in load order, write the counts report and, when the run succeeded, what comes after the load (the dry
 * run's reconciliation; the final load's checks, reconciliation and mark), all under the target's load lock.
 *
 * @param settings      where from and to, the as-of date, chunk rows, resume, quiet
 * @param kind          what migration.run records: a final load is a full load under another name and gate
 * @param reportDir     where the counts and reconciliation reports go
 * @param afterLoad     run on the load's run id after a successful engine run; null to stop there
 * @param legacyAtStart the fingerprint of the legacy tables to record as the run's start (the final load's gate took
 *                      it); null to take one now
 */
public record FullLoad(SwitchoverSettings settings, RunKind kind, Path reportDir, MappingSet mappings, AfterLoad afterLoad,
                       Fingerprint legacyAtStart) {
    /** Appended to every failure: committed chunks are whole and checkpointed, so a resume continues safely. */
    public static final String RESUME_HINT = "; everything committed so far is kept: run again with --resume to continue";

    /** What follows a successful load, inside its lock: typically its reconciliation. */
    @FunctionalInterface
    public interface AfterLoad {
        /** @param ahead what {@link #readAhead} read while the run loaded */
        ReconciliationResult after(long runId, LegacyAhead ahead);

        /** Starts reading from legacy, as the run loads, what {@link #after} will read; by default nothing. */
        default LegacyAhead readAhead(java.time.LocalDate runAsOf) {
            return LegacyAhead.NONE;
        }
    }

    /** A dry run: loaded, then reconciled into the same report directory, its legacy side read while it loads. */
    public static FullLoad dryRun(SwitchoverSettings settings, Path reportDir, MappingSet mappings, Reconciliation reconciliation) {
        return new FullLoad(settings, RunKind.DRY_RUN, reportDir, mappings, reconciliation == null ? null : reconciledAhead(reconciliation), null);
    }

    private static AfterLoad reconciledAhead(Reconciliation reconciliation) {
        return new AfterLoad() {
            @Override
            public ReconciliationResult after(long runId, LegacyAhead ahead) {
                return reconciliation.forRun(runId).run(ahead);
            }

            @Override
            public LegacyAhead readAhead(java.time.LocalDate runAsOf) {
                return reconciliation.readAhead(runAsOf);
            }
        };
    }

    /**
     * A scratch run ({@code dry-run --only}): {@code mappings} is already the selected part of the set; it empties csc
     * like a dry run, loads that part and reconciles it into a report that is partial and never signable.
     */
    public static FullLoad scratch(SwitchoverSettings settings, Path reportDir, MappingSet mappings, Reconciliation reconciliation) {
        return new FullLoad(settings, RunKind.SCRATCH, reportDir, mappings,
                reconciliation == null ? null : (runId, ahead) -> reconciliation.forRun(runId).run(), null);
    }

    public DryRunResult run() {
        long started = System.nanoTime();
        PhaseTimes phases = new PhaseTimes();
        phases.addStartup();
        ConnectionSpec legacy = settings.legacy();
        ConnectionSpec target = settings.target();
        // one load at a time per target: a second full load would empty csc under the first
        TargetLoadLock lock = phases.time(PhaseTimes.PREFLIGHT, () -> {
            checkReachable(legacy);
            new Preflight(legacy, target, mappings).check(what(), reportDir);
            return TargetLoadLock.acquire(target, what());
        });
        try (lock) {
            ResumeState resumeState = phases.time(PhaseTimes.PREPARE, () -> {
                TargetSchema.migrate(target, mappings.project());
                return prepareTarget();
            });
            try (LegacyAhead ahead = afterLoad == null ? LegacyAhead.NONE : afterLoad.readAhead(settings.asOf())) {
                EngineResult result = phases.time(PhaseTimes.MIGRATION, () -> migrate(resumeState));
                phases.time(PhaseTimes.REPORT, () -> CountsReport.write(reportDir, result, legacy, target, mappings.hash(),
                        settings.asOf()));
                double seconds = (System.nanoTime() - started) / 1e9;
                ReconciliationResult reconciled = result.succeeded() && afterLoad != null
                        ? phases.time(PhaseTimes.RECONCILIATION, () -> reconcileLoaded(result.runId(), ahead)) : null;
                return new DryRunResult(result, reportDir, seconds, reconciled, phases);
            }
        } catch (ConfigurationException | LoadedButNotReconciled e) {
            throw e;
        } catch (DatabaseUnavailableException e) {
            // reachable at the start, lost on the way (a server restart): what was committed is kept
            throw e.getMessage().endsWith(RESUME_HINT) ? e : e.withAdvice(RESUME_HINT);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().endsWith(RESUME_HINT)) {
                throw e;
            }
            // whatever stopped it, the root cause is named and the way on is a resume
            throw new IllegalStateException("the " + what() + " stopped: " + Failures.describe(e) + RESUME_HINT, e);
        }
    }

    /**
     * The reconciliation of a run that loaded in full. A check that fails to run (a query the server refuses) is named
     * with its file, and the way on is that run's reconciliation, not a resume: there is nothing left to load.
     */
    private ReconciliationResult reconcileLoaded(long runId, LegacyAhead ahead) {
        try {
            return afterLoad.after(runId, ahead);
        } catch (org.switchover.reconcile.ReconciliationException e) {
            throw new LoadedButNotReconciled("run " + runId + " loaded in full, but its reconciliation stopped: " + e.getMessage()
                    + "; the load is kept: mend that, then reconcile the run with `switchover reconcile --run-id " + runId + "`", e);
        }
    }

    /** A run that loaded in full and whose reconciliation then stopped (its message says which check, and the way on). */
    public static final class LoadedButNotReconciled extends RuntimeException {
        LoadedButNotReconciled(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** "dry run", "final load". */
    private String what() {
        return kind.text().replace('-', ' ');
    }

    /**
     * The engine run, with the indexes and foreign keys set aside for it put back table by table as
     * each table's mappings finish (and whatever is left at the end, even after a failure). A failure
     * to put them back never hides the failure that stopped the run.
     */
    private EngineResult migrate(ResumeState resumeState) {
        DatabaseReferences references = new DatabaseReferences(settings.legacy(), settings.target(), mappings.project().targetCatalog());
        List<MappingPlan> plans = mappings.plans(memoized(references));
        Fingerprint fingerprint = resumeState != null ? null : legacyAtStart != null ? legacyAtStart
                : new Fingerprinter(settings.legacy()).take(Fingerprinter.tablesOf(mappings), null);
        RunFacts facts = new RunFacts(kind, mappings.hash(), ToolkitVersion.current(), fingerprint);
        EngineResult result = null;
        Exception stopped = null;
        try (LoadObjectRestorer restorer = new LoadObjectRestorer(settings.target(), plans,
                settings.quiet() ? ProgressListener.QUIET : new StderrProgress())) {
            try {
                result = new MigrationEngine(new CamelMappingRoutes()).run(settings, facts, plans, restorer, resumeState);
            } catch (Exception e) {
                stopped = e;
            } finally {
                references.release(); // the reconciliation that follows needs the heap more
                try {
                    restorer.finish();
                } catch (Exception e) {
                    if (stopped != null) {
                        stopped.addSuppressed(e);
                    } else if (result.succeeded()) {
                        stopped = e;
                    }
                }
            }
        }
        if (stopped != null) {
            throw new IllegalStateException("the " + kind.text() + " stopped: " + Failures.describe(stopped) + RESUME_HINT, stopped);
        }
        if (result.status() != RunStatus.SUCCEEDED) {
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
                            + " is marked as production by a final load; a " + what() + " will not touch it");
                }
            }
            if (settings.resume()) {
                OptionalLong interrupted = InterruptedRun.find(connection, kind, mappings.hash(), settings.legacy().identity());
                if (interrupted.isPresent()) {
                    if (CscPersistence.emptiedByCrash(connection)) {
                        throw new ConfigurationException("cannot resume " + kind.text() + " run " + interrupted.getAsLong() + " on "
                                + target.identity() + ": the server has recovered from a crash since, and " + CscPersistence.WHY_EMPTY
                                + ", so csc no longer holds the chunks the run checkpointed; run it again without --resume");
                    }
                    InterruptedRun.requireCheckpointsInCsc(connection, kind, interrupted.getAsLong());
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
            // every write on csc from here on is noted, so a reconciliation's mark can later show csc untouched since
            CscWrites.arm(connection);
            // foreign keys and secondary indexes are built after the load; a resumed run finds them set aside already
            DeferredLoadObjects.defer(connection);
            if (kind == RunKind.FINAL_LOAD) {
                CscPersistence.logged(connection);
            } else {
                CscPersistence.unlogged(connection);
            }
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
            throw new DatabaseUnavailableException(spec, e);
        }
    }

    private static <T> java.util.function.Supplier<T> memoized(T value) {
        return () -> value;
    }
}
