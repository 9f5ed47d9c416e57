package org.switchover.cutover;

import org.switchover.config.ConfigurationException;
import org.switchover.config.ToolkitVersion;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.db.TargetLoadLock;
import org.switchover.fingerprint.Fingerprint;
import org.switchover.fingerprint.FingerprintDiff;
import org.switchover.fingerprint.FingerprintStore;
import org.switchover.fingerprint.Fingerprinter;
import org.switchover.fingerprint.LegacyServer;
import org.switchover.load.CopyLoader;
import org.switchover.mapping.MappingSet;
import org.switchover.mapping.PersonMapping;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.preflight.Preflight;
import org.switchover.reconcile.Reconciliation;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.run.ChunkCommitter;
import org.switchover.run.ChunkOutcome;
import org.switchover.run.CscWrites;
import org.switchover.run.Failures;
import org.switchover.run.RunDescription;
import org.switchover.run.RunKind;
import org.switchover.run.RunRecorder;
import org.switchover.run.RunStatus;
import org.switchover.schema.TargetSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Migrates only what changed since an earlier load, and proves it. Per mapping, in load order, it re-migrates the
 * "dirty" legacy keys ({@link DeltaDirtyKeys}: updated since the base run started, in a key range whose content
 * hash changed, deleted from legacy, or referencing something this delta changed). Each dirty key's target rows
 * are deleted and the legacy rows migrated again, all in ONE target transaction with deferred foreign keys: a delta
 * lands whole or not at all. The delta run then accounts for whole tables ({@link DeltaAccounts}), and the whole
 * target is reconciled against the whole of legacy, recorded against the delta run.
 */
public final class DeltaLoad {
    private static final String COMMAND = "delta";

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final MappingSet mappings;
    private final LocalDate asOf;
    private final Reconciliation reconciliation;
    private final Path reportDir;
    private final RunRecorder recorder = new RunRecorder();
    private final CopyLoader loader = new CopyLoader();

    /** @param reconciliation the whole target's reconciliation after the delta, into {@code reportDir}; null skips it */
    public DeltaLoad(ConnectionSpec legacy, ConnectionSpec target, MappingSet mappings, LocalDate asOf, Reconciliation reconciliation,
                     Path reportDir) {
        this.legacy = legacy;
        this.target = target;
        this.mappings = mappings;
        this.asOf = asOf;
        this.reconciliation = reconciliation;
        this.reportDir = reportDir;
    }

    public DeltaResult run(long sinceRunId) {
        new Preflight(legacy, target, mappings).check(COMMAND, reportDir);
        try (TargetLoadLock lock = TargetLoadLock.acquire(target, COMMAND)) {
            DeltaResult result = runLocked(sinceRunId);
            if (reconciliation == null) {
                return result;
            }
            ReconciliationResult whole = reconciliation.forRun(result.runId()).run();
            new CutoverEvents(target, COMMAND).record(result.runId(), "reconciled", "whole target: " + whole.verdict()
                    + ", report " + whole.reportDir().toAbsolutePath());
            return result.reconciled(whole);
        }
    }

    private DeltaResult runLocked(long sinceRunId) {
        long started = System.nanoTime();
        TargetSchema.migrate(target, mappings.project());
        CutoverEvents events = new CutoverEvents(target, COMMAND);
        try (Connection legacyConnection = Databases.connect(legacy); Connection tx = Databases.connect(target)) {
            refuseProduction(tx);
            LegacyServer server = LegacyServer.of(legacyConnection);
            DeltaBase base = DeltaBase.read(tx, sinceRunId, mappings.hash(), server);
            Fingerprint now = new Fingerprinter(legacy).take(Fingerprinter.tablesOf(mappings), base.fingerprint());
            Map<String, List<Long>> changedBuckets = new FingerprintDiff(base.fingerprint(), now).changedBuckets();
            long runId = startRun(legacyConnection, tx, sinceRunId, server, now);
            events.record(runId, "started", "delta since run " + sinceRunId + ": legacy rows updated from " + base.since()
                    + " on, and the rows of " + changedBuckets.values().stream().mapToInt(List::size).sum() + " changed key ranges");
            try {
                tx.setAutoCommit(false);
                try (Statement statement = tx.createStatement()) {
                    statement.execute("SET CONSTRAINTS ALL DEFERRED"); // parents are re-migrated before their children
                }
                DeltaLegacyReads reads = new DeltaLegacyReads(legacyConnection);
                List<DeltaResult.MappingDelta> deltas = migrate(reads, new DeltaDirtyKeys(reads, base, changedBuckets), tx, runId,
                        new DeltaAccounts(tx, sinceRunId, runId));
                tx.commit();
                tx.setAutoCommit(true);
                CscWrites.markLoaded(tx, runId); // its writes are the delta's: its reconciliation follows
                recorder.finishRun(tx, runId, RunStatus.SUCCEEDED, null);
                DeltaResult result = new DeltaResult(runId, sinceRunId, deltas, (System.nanoTime() - started) / 1e9, null);
                events.record(runId, "committed", result.dirtyKeys() + " legacy keys re-migrated, " + result.changedKeys()
                        + " target keys changed");
                return result;
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                tx.setAutoCommit(true);
                String failure = "the delta was rolled back, the target is as before; run it again: " + Failures.describe(e);
                recorder.finishRun(tx, runId, RunStatus.FAILED, failure);
                events.record(runId, "failed", failure);
                throw new IllegalStateException("delta run " + runId + " failed: " + failure, e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the delta cannot start: " + e.getMessage(), e);
        }
    }

    private List<DeltaResult.MappingDelta> migrate(DeltaLegacyReads reads, DeltaDirtyKeys dirtyKeys, Connection tx, long runId,
                                                   DeltaAccounts accounts) throws SQLException {
        PersonMapping person = mappings.person().orElse(null);
        Map<String, String> mergedInto = reads.mergedInto(person);
        DeltaReferences references = new DeltaReferences(tx, person == null ? null : person.targetTable(), mergedInto,
                mappings.project().targetCatalog());
        List<MappingPlan> plans = mappings.plans(() -> references);
        Map<String, Set<String>> changedTargetKeys = new HashMap<>();
        Set<String> changedPersons = null;
        List<DeltaResult.MappingDelta> deltas = new ArrayList<>();
        for (MappingPlan plan : plans) {
            long mappingStarted = System.nanoTime();
            boolean list = listMapping(plan);
            DeltaTargetTable table = new DeltaTargetTable(tx, plan.targetTable(), legacyKeyColumn(plan));
            Set<String> legacyKeys = reads.keys(plan.legacyTable(), plan.keyColumn());
            Set<String> dirty = new HashSet<>(dirtyKeys.changedInLegacy(plan));
            Set<String> known = table.keys();
            known.addAll(accounts.recordedKeys(plan, list));
            known.stream().filter(key -> !legacyKeys.contains(key)).forEach(dirty::add); // deleted in legacy
            dirty.addAll(DeltaDirtyKeys.referencing(reads, plan, mergedInto, changedPersons, changedTargetKeys));
            Map<String, String> before = table.snapshot(dirty);
            int deleted = table.delete(dirty);
            recorder.openMapping(tx, runId, plan);
            long loaded = 0;
            for (SourceChunk chunk : reads.rows(plan, dirty)) {
                ChunkOutcome outcome = ChunkCommitter.loadAndRecord(tx, loader, recorder, runId, plan, chunk.chunkNumber(),
                        plan.transformer().transform(chunk));
                loaded += outcome.loaded();
            }
            accounts.wholeTable(plan, dirty, list, deleted);
            Map<String, String> after = table.snapshot(dirty);
            Set<String> changed = new HashSet<>();
            dirty.stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).forEach(changed::add);
            changedTargetKeys.put(plan.targetTable(), changed);
            if (changedPersons == null && plan.keys().person()) {
                // a person with a row before and after is a survivor both times: chains through it resolve as before
                changedPersons = new HashSet<>(dirty);
                changedPersons.removeIf(key -> before.containsKey(key) && after.containsKey(key));
            }
            references.forget();
            recorder.finishMapping(tx, runId, plan.mappingId(), (System.nanoTime() - mappingStarted) / 1e9);
            DeltaResult.MappingDelta delta = new DeltaResult.MappingDelta(plan.mappingId(), dirty.size(), deleted, loaded, changed.size());
            recordDelta(tx, runId, delta);
            deltas.add(delta);
        }
        return deltas;
    }

    /** A mapping that explodes a list: its records are keyed "key:item". */
    private boolean listMapping(MappingPlan plan) {
        return mappings.files().stream().anyMatch(file -> file.id().equals(plan.mappingId()) && file.explode() != null);
    }

    /** The target column holding the mapping's legacy key: the first column taken from the source key. */
    private static String legacyKeyColumn(MappingPlan plan) {
        String column = plan.keys().legacyKeyColumn();
        if (column == null) {
            throw new ConfigurationException("mapping " + plan.mappingId() + ": no target column is taken from the source key "
                    + plan.keyColumn() + ", so a delta cannot find this mapping's rows");
        }
        return column;
    }

    /** A target marked production holds what staff entered since the final load: a delta would overwrite it. */
    private void refuseProduction(Connection tx) throws SQLException {
        try (Statement statement = tx.createStatement(); ResultSet row = statement.executeQuery(sql("is_production"))) {
            if (row.next() && row.getBoolean(1)) {
                throw new ConfigurationException("target database " + target.identity() + " is marked as production by final-load run "
                        + row.getLong(2) + "; a delta will not touch it (it would overwrite what staff have entered since)");
            }
        }
    }

    private long startRun(Connection legacyConnection, Connection tx, long sinceRunId, LegacyServer server, Fingerprint now)
            throws SQLException {
        long runId = recorder.startRun(tx, RunDescription.of(RunKind.DELTA, legacy, target, mappings.hash(), ToolkitVersion.current(), asOf));
        recorder.setLegacyStarted(tx, runId, now.legacyClock());
        recorder.setLegacyServer(tx, runId, server);
        FingerprintStore.save(tx, now, FingerprintStore.RUN_START, runId);
        try (PreparedStatement statement = tx.prepareStatement(sql("set_since"))) {
            statement.setLong(1, sinceRunId);
            statement.setLong(2, runId);
            statement.executeUpdate();
        }
        return runId;
    }

    private static void recordDelta(Connection tx, long runId, DeltaResult.MappingDelta delta) throws SQLException {
        try (PreparedStatement statement = tx.prepareStatement(sql("insert_delta_table"))) {
            statement.setLong(1, runId);
            statement.setString(2, delta.mappingId());
            statement.setLong(3, delta.dirtyKeys());
            statement.setLong(4, delta.deletedRows());
            statement.setLong(5, delta.loadedRows());
            statement.setLong(6, delta.changedKeys());
            statement.executeUpdate();
        }
    }

    private static String sql(String name) {
        return SqlResource.load("sql/delta/" + name + ".sql").statements().get(0);
    }
}
