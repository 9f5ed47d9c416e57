package org.switchover.dryrun;

import org.switchover.cli.ToolkitVersion;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
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
import org.switchover.run.RunKind;
import org.switchover.run.StderrProgress;
import org.switchover.target.TargetSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * A dry run: applies Flyway, refuses a production target, empties csc (a dry run always starts
 * clean), migrates every mapping through the engine in load order, writes the counts report and, when the
 * run succeeded, reconciles it (reconciliation.json / .html / CSV lists in the same report directory).
 */
public final class DryRun {
    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final MappingSet mappings;
    private final LocalDate asOf;
    private final Path reportDir;
    private final boolean quiet;
    private final Reconciliation reconciliation;

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

    public DryRunResult run() {
        long started = System.nanoTime();
        checkReachable(legacy);
        TargetSchema.migrate(target);
        prepareTarget();
        List<MappingPlan> plans = mappings.plans(memoized(new DatabaseReferences(legacy, target)));
        EngineSettings settings = EngineSettings.defaults(RunKind.DRY_RUN, mappings.hash(), ToolkitVersion.current(), asOf);
        EngineResult result;
        try {
            result = new MigrationEngine().run(legacy, target, plans, settings, quiet ? ProgressListener.QUIET : new StderrProgress());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the dry run failed: " + e.getMessage(), e);
        }
        CountsReport.write(reportDir, result, legacy, target, mappings.hash(), asOf);
        double seconds = (System.nanoTime() - started) / 1e9;
        ReconciliationResult reconciled = result.succeeded() && reconciliation != null
                ? reconciliation.forRun(result.runId()).run() : null;
        return new DryRunResult(result, reportDir, seconds, reconciled);
    }

    private void prepareTarget() {
        try (Connection connection = Databases.connect(target)) {
            try (Statement statement = connection.createStatement();
                 ResultSet production = statement.executeQuery(SqlResource.load("sql/target/is_production.sql").text())) {
                if (production.next() && production.getBoolean(1)) {
                    throw new ConfigurationException("target database " + target.identity()
                            + " is marked as production by a final load; a dry run will not touch it");
                }
            }
            TargetSchema.truncateCsc(connection);
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
