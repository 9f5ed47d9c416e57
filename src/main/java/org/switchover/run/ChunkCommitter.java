package org.switchover.run;

import org.switchover.load.CopyLoader;
import org.switchover.load.EncodedBatch;
import org.switchover.load.LoadOutcome;
import org.switchover.pipeline.LossyRecord;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.RejectRecord;
import org.switchover.pipeline.TransformResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads one transformed chunk and records it in ONE target transaction: the target rows, the run
 * counts, the rejects (the transformer's and the database's) and the lossy conversions commit
 * together, so after any stop the records describe exactly what is in the target.
 */
public final class ChunkCommitter {
    private final DataSource target;
    private final CopyLoader loader;
    private final RunRecorder recorder;
    private final long runId;
    private final boolean waitForWalFlush;
    private static final org.switchover.db.SqlResource NO_WAL_WAIT = org.switchover.db.SqlResource.load("sql/run/no_wal_wait.sql");

    public ChunkCommitter(DataSource target, CopyLoader loader, RunRecorder recorder, long runId) {
        this(target, loader, recorder, runId, true);
    }

    /**
     * {@code waitForWalFlush} false lets each chunk's commit return before its WAL reaches disk
     * (synchronous_commit off, for that transaction only): a crash can lose the last chunks, never
     * split one, as rows and records still commit together. Only for runs that are redone from
     * scratch anyway (dry runs).
     */
    public ChunkCommitter(DataSource target, CopyLoader loader, RunRecorder recorder, long runId, boolean waitForWalFlush) {
        this.target = target;
        this.loader = loader;
        this.recorder = recorder;
        this.runId = runId;
        this.waitForWalFlush = waitForWalFlush;
    }

    /** Checks the transformer's arithmetic, loads, records, commits; returns what the chunk came to. */
    public ChunkOutcome commit(MappingPlan plan, long chunkNumber, TransformResult result) throws SQLException {
        return commit(plan, chunkNumber, result, null);
    }

    /**
     * As {@link #commit(MappingPlan, long, TransformResult)}, and also moves the mapping's checkpoint to
     * {@code lastKey} (the chunk's last legacy key) in the same transaction; null leaves it alone.
     */
    public ChunkOutcome commit(MappingPlan plan, long chunkNumber, TransformResult result, String lastKey) throws SQLException {
        checkBalanced(plan, chunkNumber, result);
        return commit(plan, chunkNumber, result, loader.encode(result.batch()), lastKey);
    }

    /**
     * As {@link #commit(MappingPlan, long, TransformResult, String)}, with the batch already encoded by
     * {@link CopyLoader#encode}: rows, counts, rejects, losses and the checkpoint commit together.
     */
    public ChunkOutcome commit(MappingPlan plan, long chunkNumber, TransformResult result, EncodedBatch lines,
                               String lastKey) throws SQLException {
        return commit(plan, chunkNumber, result, lines, 0, lastKey);
    }

    /** As above, for chunk {@code chunkNumber} of key range {@code range}: the checkpoint moved is that range's. */
    public ChunkOutcome commit(MappingPlan plan, long chunkNumber, TransformResult result, EncodedBatch lines,
                               int range, String lastKey) throws SQLException {
        checkBalanced(plan, chunkNumber, result);
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!waitForWalFlush) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(NO_WAL_WAIT.text());
                    }
                }
                LoadOutcome load = loader.load(connection, result.batch(), lines, plan.legacyTable(),
                        recorder.copyMark(runId, result.batch().targetTable()));
                ChunkOutcome outcome = outcome(plan, chunkNumber, result, load);
                recorder.recordChunk(connection, runId, outcome);
                if (lastKey != null) {
                    recorder.saveCheckpoint(connection, runId, plan.mappingId(), range, lastKey);
                }
                connection.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Loads a checked chunk and records its counts, rejects and lossy conversions on {@code connection},
     * inside the caller's transaction (the delta load runs many chunks in one transaction).
     */
    public static ChunkOutcome loadAndRecord(Connection connection, CopyLoader loader, RunRecorder recorder, long runId,
                                             MappingPlan plan, long chunkNumber, TransformResult result) throws SQLException {
        checkBalanced(plan, chunkNumber, result);
        LoadOutcome load = loader.load(connection, result.batch(), loader.encode(result.batch()), plan.legacyTable(),
                recorder.copyMark(runId, result.batch().targetTable()));
        ChunkOutcome outcome = outcome(plan, chunkNumber, result, load);
        recorder.recordChunk(connection, runId, outcome);
        return outcome;
    }

    /** Rule 1 of the migration: read = to load + excluded + rejected, or the mapping has a bug. */
    static void checkBalanced(MappingPlan plan, long chunkNumber, TransformResult result) {
        long accounted = result.batch().size() + result.excluded() + result.rejects().size();
        if (accounted != result.read()) {
            throw new IllegalStateException("mapping " + plan.mappingId() + ", chunk " + chunkNumber + ": the transformer read "
                    + result.read() + " but accounted for " + accounted + " (to load " + result.batch().size()
                    + ", excluded " + result.excluded() + ", rejected " + result.rejects().size() + ")");
        }
    }

    private static ChunkOutcome outcome(MappingPlan plan, long chunkNumber, TransformResult result, LoadOutcome load) {
        List<RejectRecord> rejects = new ArrayList<>(result.rejects());
        rejects.addAll(load.rejects());
        return new ChunkOutcome(plan.mappingId(), chunkNumber, result.read(), load.loaded(), result.excludedByRule(),
                rejects, lossyOfLoadedRows(result.lossy(), load.rejects()), result.exclusions());
    }

    /** A row the database refused is kept whole as a reject; its lossy conversions never reached the target. */
    private static List<LossyRecord> lossyOfLoadedRows(List<LossyRecord> lossy, List<RejectRecord> refused) {
        if (refused.isEmpty()) {
            return lossy;
        }
        Set<String> refusedKeys = refused.stream().map(RejectRecord::legacyKey).collect(Collectors.toSet());
        return lossy.stream().filter(record -> !refusedKeys.contains(record.legacyKey())).toList();
    }
}
