package org.switchover.cutover;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.dryrun.FullLoad;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.mapping.MappingSet;
import org.switchover.preflight.Preflight;
import org.switchover.reconcile.Reconciliation;
import org.switchover.run.RunKind;
import org.switchover.schema.TargetSchema;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The cutover: the preflight, then the {@link FinalLoadGate}, then every mapping loaded into the production target
 * (resumable like a dry run), then {@link FinalLoadCompletion}: legacy checked unchanged since the freeze, the
 * reconciliation and, on GO, the production mark. Every step goes to the migration.event audit trail.
 */
public final class FinalLoad {
    static final String COMMAND = "final-load";

    private final SwitchoverSettings settings;
    private final MappingSet mappings;
    private final Path reportDir;
    private final Reconciliation reconciliation;

    /**
     * @param settings       the databases, and the gate's conditions: required roles, go-live date, freeze time, tolerances
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
        new Preflight(settings.legacy(), target, mappings).check("final load", reportDir);
        TargetSchema.migrate(target, mappings.project()); // the gate and the audit trail live in the migration schema
        CutoverEvents events = new CutoverEvents(target, COMMAND);
        events.record(null, "requested", "mapping set " + mappings.hash() + ", required roles " + settings.requiredRoles()
                + ", freeze time " + settings.freezeTime() + (settings.resume() ? ", resume" : ""));
        FinalLoadGate.Verdict gate = new FinalLoadGate(settings, mappings).check(today);
        if (!gate.open()) {
            events.record(null, "refused", String.join("\n", gate.unmet()));
            return new FinalLoadResult(FinalLoadResult.Outcome.REFUSED, null, gate.unmet(), null, null, null);
        }
        events.record(null, "gate open", "dry run " + gate.dryRunId() + " GO and signed off by " + settings.requiredRoles()
                + "; go-live " + gate.goLive() + "; legacy as the freeze (fingerprint " + gate.freeze().id() + ") found it");
        Fingerprinter fingerprinter = new Fingerprinter(settings.legacy());
        FinalLoadCompletion completion = new FinalLoadCompletion(target, fingerprinter, Fingerprinter.tablesOf(mappings),
                gate.freeze(), reconciliation, events);
        DryRunResult load = new FullLoad(settings, RunKind.FINAL_LOAD, reportDir, mappings, completion, gate.legacyNow()).run();
        long runId = load.engine().runId();
        if (!load.succeeded()) {
            events.record(runId, "failed", load.engine().failure());
            return new FinalLoadResult(FinalLoadResult.Outcome.FAILED, runId, List.of(), load.engine().failure(), null, load.engine());
        }
        if (!completion.changedDuringLoad().isEmpty()) {
            return new FinalLoadResult(FinalLoadResult.Outcome.NO_GO, runId, completion.changedDuringLoad(), null, "NO_GO", load.engine());
        }
        String verdict = load.reconciliation().verdict().name();
        return new FinalLoadResult(completion.production() ? FinalLoadResult.Outcome.PRODUCTION : FinalLoadResult.Outcome.NO_GO,
                runId, List.of(), null, verdict, load.engine());
    }
}
