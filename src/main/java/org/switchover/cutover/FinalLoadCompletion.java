package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.FullLoad;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.FingerprintDiff;
import org.switchover.fingerprint.FingerprintStore;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.reconcile.LegacyAhead;
import org.switchover.reconcile.Reconciliation;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.run.RunRecorder;
import org.switchover.run.RunStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What follows a final load's last chunk, still under the load lock: legacy fingerprinted again with the freeze's
 * buckets (a change during the load makes the run NO_GO, recorded, and the target is not marked), then the
 * reconciliation, then the run's end and, on GO, the production mark. The run stays RUNNING until this is done,
 * so a kill here is resumed here.
 */
final class FinalLoadCompletion implements FullLoad.AfterLoad {
    private final ConnectionSpec target;
    private final Fingerprinter fingerprinter;
    private final Map<String, String> tables;
    private final Fingerprint freeze;
    private final Reconciliation reconciliation;
    private final CutoverEvents events;
    private List<String> changedDuringLoad = List.of();
    private boolean production;

    FinalLoadCompletion(ConnectionSpec target, Fingerprinter fingerprinter, Map<String, String> tables, Fingerprint freeze,
                        Reconciliation reconciliation, CutoverEvents events) {
        this.target = target;
        this.fingerprinter = fingerprinter;
        this.tables = tables;
        this.freeze = freeze;
        this.reconciliation = reconciliation;
        this.events = events;
    }

    @Override
    public ReconciliationResult after(long runId, LegacyAhead ahead) {
        events.record(runId, "loaded", "final load run " + runId + " loaded every mapping");
        Fingerprint now = fingerprinter.take(tables, freeze);
        try (Connection connection = Databases.connect(target)) {
            FingerprintStore.save(connection, now, FingerprintStore.RUN_END, runId);
            changedDuringLoad = new FingerprintDiff(freeze, now).lines("changed during the load");
            if (!changedDuringLoad.isEmpty()) {
                String reason = String.join("\n", changedDuringLoad);
                try (PreparedStatement noGo = connection.prepareStatement(SqlResource.load("sql/cutover/record_no_go.sql").statements().get(0))) {
                    noGo.setString(1, reason);
                    noGo.setLong(2, runId);
                    noGo.executeUpdate();
                }
                new RunRecorder().finishRun(connection, runId, RunStatus.SUCCEEDED, null);
                events.record(runId, "legacy changed", reason);
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record what legacy held after final load run " + runId + ": " + e.getMessage(), e);
        }
        ReconciliationResult reconciled = reconciliation.forRun(runId).run();
        events.record(runId, "reconciled", reconciled.verdict().name() + ", report " + reconciled.reportDir().toAbsolutePath());
        try (Connection connection = Databases.connect(target)) {
            new RunRecorder().finishRun(connection, runId, RunStatus.SUCCEEDED, null);
            if (reconciled.go()) {
                try (PreparedStatement mark = connection.prepareStatement(SqlResource.load("sql/cutover/mark_production.sql").statements().get(0))) {
                    mark.setLong(1, runId);
                    mark.executeUpdate();
                }
                production = true;
                events.record(runId, "marked production", "target " + target.identity() + " is production; dry runs refuse it");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("final load run " + runId + " is loaded and reconciled, but ending it or marking "
                    + target.identity() + " as production failed: " + e.getMessage(), e);
        }
        return reconciled;
    }

    /** One line per legacy table that changed while the final load ran (empty when none did). */
    List<String> changedDuringLoad() {
        return changedDuringLoad;
    }

    boolean production() {
        return production;
    }
}
