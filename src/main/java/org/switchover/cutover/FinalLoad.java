package org.switchover.cutover;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.dryrun.FullLoad;
import org.switchover.mapping.MappingSet;
import org.switchover.reconcile.Reconciliation;
import org.switchover.run.RunKind;
import org.switchover.schema.TargetSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The cutover: checks the {@link FinalLoadGate}, then loads every mapping into the production target
 * (resumable like a dry run), reconciles the result and, on GO, marks the target as production.
 * Every step goes to the migration.event audit trail.
 */
public final class FinalLoad {
    static final String COMMAND = "final-load";

    private final SwitchoverSettings settings;
    private final MappingSet mappings;
    private final Path reportDir;
    private final Reconciliation reconciliation;

    /**
     * @param settings       the databases, and the gate's conditions: required roles, go-live date, freeze time
     * @param reportDir      where the load's counts and reconciliation reports go
     * @param reconciliation how to reconcile the final load (its checks, go-live date); it runs on the final load's run id
     */
    public FinalLoad(SwitchoverSettings settings, MappingSet mappings, Path reportDir, Reconciliation reconciliation) {
        this.settings = settings;
        this.mappings = mappings;
        this.reportDir = reportDir;
        this.reconciliation = reconciliation;
    }

    /** Checks the gate as of {@code today}, then loads, reconciles and on GO marks the target production. */
    public FinalLoadResult run(LocalDate today) {
        ConnectionSpec target = settings.target();
        TargetSchema.migrate(target); // the gate and the audit trail live in the migration schema
        CutoverEvents events = new CutoverEvents(target, COMMAND);
        events.record(null, "requested", "mapping set " + mappings.hash() + ", required roles " + settings.requiredRoles()
                + ", freeze time " + settings.freezeTime() + (settings.resume() ? ", resume" : ""));
        FinalLoadGate.Verdict gate = new FinalLoadGate(settings.legacy(), target)
                .check(mappings.hash(), settings.requiredRoles(), settings.goLive(), settings.freezeTime(), today);
        if (!gate.open()) {
            events.record(null, "refused", String.join("\n", gate.unmet()));
            return new FinalLoadResult(FinalLoadResult.Outcome.REFUSED, null, gate.unmet(), null, null);
        }
        events.record(null, "gate open", "dry run " + gate.dryRunId() + " GO and signed off by " + settings.requiredRoles()
                + "; go-live " + gate.goLive() + "; legacy frozen since " + settings.freezeTime());
        DryRunResult load = new FullLoad(settings, RunKind.FINAL_LOAD, reportDir, mappings, reconciliation).run();
        long runId = load.engine().runId();
        if (!load.succeeded()) {
            events.record(runId, "failed", load.engine().failure());
            return new FinalLoadResult(FinalLoadResult.Outcome.FAILED, runId, List.of(), load.engine().failure(), null);
        }
        events.record(runId, "loaded", "final load run " + runId + " in " + String.format("%.1f", load.seconds()) + " s");
        String verdict = load.reconciliation().verdict().name();
        events.record(runId, "reconciled", verdict + ", report " + reportDir.toAbsolutePath());
        if (!"GO".equals(verdict)) {
            return new FinalLoadResult(FinalLoadResult.Outcome.NO_GO, runId, List.of(), null, verdict);
        }
        markProduction(runId);
        events.record(runId, "marked production", "target " + target.identity() + " is production; dry runs refuse it");
        return new FinalLoadResult(FinalLoadResult.Outcome.PRODUCTION, runId, List.of(), null, verdict);
    }

    private void markProduction(long runId) {
        ConnectionSpec target = settings.target();
        try (Connection connection = Databases.connect(target);
             PreparedStatement mark = connection.prepareStatement(SqlResource.load("sql/cutover/mark_production.sql").statements().get(0))) {
            mark.setLong(1, runId);
            mark.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("final load run " + runId + " is loaded and reconciled, but marking "
                    + target.identity() + " as production failed: " + e.getMessage(), e);
        }
    }
}
