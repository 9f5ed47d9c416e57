package org.switchover.cutover;

import org.switchover.config.ToolkitVersion;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.TargetLoadLock;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.load.CopyLoader;
import org.switchover.mapping.MappingSet;
import org.switchover.mapping.PersonMapping;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.run.ChunkCommitter;
import org.switchover.run.ChunkOutcome;
import org.switchover.run.RunDescription;
import org.switchover.run.RunKind;
import org.switchover.run.RunRecorder;
import org.switchover.run.RunStatus;
import org.switchover.schema.TargetSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Migrates only what changed since an earlier load. Per mapping, in load order, it re-migrates the
 * "dirty" legacy keys: rows updated after the earlier run started (legacy clock), rows whose key
 * is in the target but no longer in legacy (deleted), every row of tables without updated_dt (team,
 * staff), and rows that reference something this delta changed (a person on the row's merge chain,
 * a broken chain, a referenced target row that changed). Each dirty key's target rows are deleted
 * and the legacy rows migrated again, all in ONE target transaction with deferred foreign keys: a
 * delta lands whole or not at all, so a failed delta is simply run again.
 */
public final class DeltaLoad {
    private static final String COMMAND = "delta";

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final MappingSet mappings;
    private final LocalDate asOf;
    private final RunRecorder recorder = new RunRecorder();
    private final CopyLoader loader = new CopyLoader();

    public DeltaLoad(ConnectionSpec legacy, ConnectionSpec target, MappingSet mappings, LocalDate asOf) {
        this.legacy = legacy;
        this.target = target;
        this.mappings = mappings;
        this.asOf = asOf;
    }

    public DeltaResult run(long sinceRunId) {
        try (TargetLoadLock lock = TargetLoadLock.acquire(target, COMMAND)) {
            return runLocked(sinceRunId);
        }
    }

    private DeltaResult runLocked(long sinceRunId) {
        long started = System.nanoTime();
        TargetSchema.migrate(target);
        CutoverEvents events = new CutoverEvents(target, COMMAND);
        try (Connection legacyConnection = Databases.connect(legacy); Connection tx = Databases.connect(target)) {
            Timestamp since = sinceTime(tx, sinceRunId);
            long runId = startRun(legacyConnection, tx, sinceRunId);
            events.record(runId, "started", "delta since run " + sinceRunId + ": legacy rows updated after " + since);
            try {
                tx.setAutoCommit(false);
                try (Statement statement = tx.createStatement()) {
                    statement.execute("SET CONSTRAINTS ALL DEFERRED"); // parents are re-migrated before their children
                }
                List<DeltaResult.MappingDelta> deltas = migrate(new DeltaLegacyReads(legacyConnection), tx, runId, since);
                tx.commit();
                tx.setAutoCommit(true);
                recorder.finishRun(tx, runId, RunStatus.SUCCEEDED, null);
                DeltaResult result = new DeltaResult(runId, sinceRunId, deltas, (System.nanoTime() - started) / 1e9);
                events.record(runId, "committed", result.dirtyKeys() + " legacy keys re-migrated, " + result.changedKeys()
                        + " target keys changed");
                return result;
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                tx.setAutoCommit(true);
                String failure = "the delta was rolled back, the target is as before; run it again: " + e.getMessage();
                recorder.finishRun(tx, runId, RunStatus.FAILED, failure);
                events.record(runId, "failed", failure);
                throw new IllegalStateException("delta run " + runId + " failed: " + failure, e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the delta cannot start: " + e.getMessage(), e);
        }
    }

    private List<DeltaResult.MappingDelta> migrate(DeltaLegacyReads reads, Connection tx, long runId, Timestamp since)
            throws SQLException {
        PersonMapping person = mappings.person().orElse(null);
        Map<String, String> mergedInto = reads.mergedInto(person);
        DeltaReferences references = new DeltaReferences(tx, person == null ? null : person.targetTable(), mergedInto);
        List<MappingPlan> plans = mappings.plans(() -> references);
        Map<String, Set<String>> legacyDirty = new HashMap<>();
        Map<String, Set<String>> changedTargetKeys = new HashMap<>();
        Set<String> changedPersons = null;
        List<DeltaResult.MappingDelta> deltas = new ArrayList<>();
        for (MappingPlan plan : plans) {
            long mappingStarted = System.nanoTime();
            DeltaTargetTable table = new DeltaTargetTable(tx, plan.targetTable(), legacyKeyColumn(plan));
            Set<String> legacyKeys = reads.keys(plan.legacyTable(), plan.keyColumn());
            Set<String> targetKeys = table.keys();
            Set<String> dirty = new HashSet<>(legacyDirty.computeIfAbsent(plan.legacyTable(), t -> changedInLegacy(reads, plan, since, legacyKeys)));
            targetKeys.stream().filter(key -> !legacyKeys.contains(key)).forEach(dirty::add); // deleted in legacy
            if (!reads.hasUpdatedDt(plan.legacyTable())) {
                dirty.addAll(targetKeys);
            }
            if (changedPersons == null && plan.keys().person()) {
                changedPersons = new HashSet<>(dirty);
            }
            dirty.addAll(referencing(reads, plan, mergedInto, changedPersons, changedTargetKeys));
            Map<String, String> before = table.snapshot(dirty);
            int deleted = table.delete(dirty);
            recorder.openMapping(tx, runId, plan);
            long loaded = 0;
            for (SourceChunk chunk : reads.rows(plan, dirty)) {
                ChunkOutcome outcome = ChunkCommitter.loadAndRecord(tx, loader, recorder, runId, plan, chunk.chunkNumber(),
                        plan.transformer().transform(chunk));
                loaded += outcome.loaded();
            }
            Map<String, String> after = table.snapshot(dirty);
            Set<String> changed = new HashSet<>();
            dirty.stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).forEach(changed::add);
            changedTargetKeys.put(plan.targetTable(), changed);
            references.forget();
            recorder.finishMapping(tx, runId, plan.mappingId(), (System.nanoTime() - mappingStarted) / 1e9);
            DeltaResult.MappingDelta delta = new DeltaResult.MappingDelta(plan.mappingId(), dirty.size(), deleted, loaded, changed.size());
            recordDelta(tx, runId, delta);
            deltas.add(delta);
        }
        return deltas;
    }

    /** Rows updated since the earlier load, or the whole table when it has no updated_dt. */
    private static Set<String> changedInLegacy(DeltaLegacyReads reads, MappingPlan plan, Timestamp since, Set<String> legacyKeys) {
        try {
            return reads.hasUpdatedDt(plan.legacyTable()) ? reads.updatedSince(plan.legacyTable(), plan.keyColumn(), since)
                    : new HashSet<>(legacyKeys);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the changed rows of legacy table " + plan.legacyTable() + ": " + e.getMessage(), e);
        }
    }

    /** Keys of rows whose references now resolve differently: through a changed person, a broken chain, or a changed target row. */
    private static Set<String> referencing(DeltaLegacyReads reads, MappingPlan plan, Map<String, String> mergedInto,
                                           Set<String> changedPersons, Map<String, Set<String>> changedTargetKeys) throws SQLException {
        List<MappingPlan.Reference> refs = plan.keys().references();
        Set<String> dirty = new HashSet<>();
        if (refs.isEmpty()) {
            return dirty;
        }
        Map<String, String[]> values = reads.values(plan.legacyTable(), plan.keyColumn(), refs.stream().map(MappingPlan.Reference::legacyColumn).toList());
        MergeChainWalk chains = new MergeChainWalk(mergedInto);
        values.forEach((key, row) -> {
            for (int i = 0; i < refs.size(); i++) {
                String value = row[i] == null ? null : row[i].trim();
                MappingPlan.Reference reference = refs.get(i);
                boolean affected = reference.throughMerges()
                        ? chains.touchesOrBroken(value, changedPersons == null ? Set.of() : changedPersons)
                        : value != null && changedTargetKeys.getOrDefault(reference.targetTable(), Set.of()).contains(value);
                if (affected) {
                    dirty.add(key);
                    return;
                }
            }
        });
        return dirty;
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

    private Timestamp sinceTime(Connection connection, long sinceRunId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("since_run"))) {
            statement.setLong(1, sinceRunId);
            try (ResultSet run = statement.executeQuery()) {
                if (!run.next()) {
                    throw new ConfigurationException("--since " + sinceRunId + ": the target has no run " + sinceRunId);
                }
                if (!RunStatus.SUCCEEDED.name().equals(run.getString(2))) {
                    throw new ConfigurationException("--since " + sinceRunId + ": run " + sinceRunId + " is " + run.getString(2)
                            + "; a delta starts from a load that succeeded (resume it first)");
                }
                if (run.getTimestamp(3) == null) {
                    throw new ConfigurationException("--since " + sinceRunId + ": run " + sinceRunId
                            + " did not record the legacy clock at its start; make a new full load first");
                }
                return run.getTimestamp(3);
            }
        }
    }

    private long startRun(Connection legacyConnection, Connection tx, long sinceRunId) throws SQLException {
        Timestamp legacyNow;
        try (Statement statement = legacyConnection.createStatement();
             ResultSet clock = statement.executeQuery(SqlResource.load("sql/run/legacy_clock.sql").text())) {
            clock.next();
            legacyNow = clock.getTimestamp(1);
        }
        long runId = recorder.startRun(tx, RunDescription.of(RunKind.DELTA, legacy, target, mappings.hash(), ToolkitVersion.current(), asOf));
        recorder.setLegacyStarted(tx, runId, legacyNow);
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
