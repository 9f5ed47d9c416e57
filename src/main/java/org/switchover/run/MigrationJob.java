package org.switchover.run;

import org.switchover.extract.KeysetChunkReader;
import org.switchover.load.CopyLoader;
import org.switchover.load.CopyTextFormat;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps of one run, per mapping: open (count, start reading), transform a chunk, commit a chunk,
 * finish, or fail. Plain Java: the Camel routes only call these methods in order, so every step can
 * be tested without Camel. Different mappings may call in from different threads.
 */
public final class MigrationJob {
    private final long runId;
    private final Map<String, MappingPlan> plans = new LinkedHashMap<>();
    private final DataSource legacy;
    private final DataSource target;
    private final EngineSettings settings;
    private final ProgressListener listener;
    private final RunRecorder recorder;
    private final ChunkCommitter committer;
    private final Map<String, MappingTally> tallies = new ConcurrentHashMap<>();
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private final Map<String, KeysetChunkReader> readers = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, ChunkSequence<ReadyChunk>> sequences = new ConcurrentHashMap<>();
    private final Map<String, String> chunkLastKeys = new ConcurrentHashMap<>();
    private final CopyLoader loader;
    private final ResumeState resume;

    /** A transformed chunk, encoded for COPY, with the last legacy key it read (its checkpoint), waiting to commit. */
    private record ReadyChunk(TransformResult result, CopyTextFormat.EncodedRows lines, String lastKey) {
    }
    private volatile String firstFailure;

    public MigrationJob(long runId, List<MappingPlan> plans, DataSource legacy, DataSource target,
                        EngineSettings settings, ProgressListener listener, RunRecorder recorder, CopyLoader loader) {
        this(runId, plans, legacy, target, settings, listener, recorder, loader, null);
    }

    /**
     * A job that continues an interrupted run when {@code resume} is given: finished mappings keep
     * their committed counts, unfinished ones restart after their checkpoint.
     */
    public MigrationJob(long runId, List<MappingPlan> plans, DataSource legacy, DataSource target,
                        EngineSettings settings, ProgressListener listener, RunRecorder recorder, CopyLoader loader,
                        ResumeState resume) {
        this.resume = resume == null ? new ResumeState(runId, Map.of()) : resume;
        this.runId = runId;
        plans.forEach(plan -> this.plans.put(plan.mappingId(), plan));
        this.legacy = legacy;
        this.target = target;
        this.settings = settings;
        this.listener = listener;
        this.recorder = recorder;
        this.loader = loader;
        // A dry run is redone from scratch, so its chunks need not wait for the WAL flush: a server crash
        // can lose its last chunks together with their checkpoints, never split one, so --resume still holds.
        this.committer = new ChunkCommitter(target, loader, recorder, runId, settings.kind() != RunKind.DRY_RUN);
        this.plans.values().stream().filter(plan -> this.resume.finished(plan.mappingId())).forEach(plan -> {
            MappingTally tally = new MappingTally(plan);
            tally.restore(this.resume.progress(plan.mappingId()));
            tallies.put(plan.mappingId(), tally);
        });
    }

    /** True when an earlier attempt of this run already finished the mapping: the engine skips it. */
    public boolean alreadyFinished(String mappingId) {
        return resume.finished(mappingId);
    }

    public long runId() {
        return runId;
    }

    /** Records the mapping's zero counts, counts the legacy rows, and returns the lazy chunk iterator. */
    public Iterator<SourceChunk> open(String mappingId) throws SQLException {
        MappingPlan plan = plan(mappingId);
        ResumeState.Progress progress = resume.progress(mappingId);
        MappingTally tally = new MappingTally(plan);
        if (progress == null) {
            try (Connection connection = target.getConnection()) {
                recorder.openMapping(connection, runId, plan);
            }
        } else {
            tally.restore(progress); // the counts row exists already and holds the committed chunks
        }
        tallies.put(mappingId, tally);
        // a resumed mapping's chunks are numbered on from its checkpoint, and commit in that order too
        sequences.put(mappingId, new ChunkSequence<>(progress == null ? 1 : progress.chunks() + 1));
        long total;
        try (Connection connection = legacy.getConnection()) {
            total = KeysetChunkReader.estimateRows(connection, plan);
        }
        totals.put(mappingId, total);
        listener.mappingStarted(plan, total);
        KeysetChunkReader reader = progress == null
                ? new KeysetChunkReader(legacy.getConnection(), plan, settings.chunkRows())
                : new KeysetChunkReader(legacy.getConnection(), plan, settings.chunkRows(), progress.lastKey(), progress.chunks());
        readers.put(mappingId, reader);
        return reader;
    }

    /** Calls the mapping's transformer on one chunk; chunks of one mapping may be transformed side by side. */
    public TransformResult transform(String mappingId, SourceChunk chunk) {
        try {
            rememberLastKey(mappingId, chunk);
            TransformResult result = plan(mappingId).transformer().transform(chunk);
            return Objects.requireNonNull(result, () -> "the transformer of mapping " + mappingId + " returned null for chunk "
                    + chunk.chunkNumber());
        } catch (RuntimeException | Error e) {
            failChunk(mappingId, chunk.chunkNumber(), e);
            throw e;
        }
    }

    /**
     * Loads and records one transformed chunk in one transaction, in chunk order: a chunk that is
     * ready before an earlier one waits, parked, and is committed by the thread that commits the
     * earlier one. Returns the outcome of the last chunk this call committed, or null if it committed
     * none (its chunk was parked, or an earlier chunk failed).
     */
    public ChunkOutcome commit(String mappingId, long chunkNumber, TransformResult result) throws SQLException {
        MappingPlan plan = plan(mappingId);
        ChunkSequence<ReadyChunk> sequence = sequences.get(mappingId);
        ChunkOutcome last = null;
        long committing = chunkNumber;
        try {
            // encoding needs no connection: done here, side by side with other chunks, not in the ordered part
            ChunkCommitter.checkBalanced(plan, chunkNumber, result);
            String lastKey = chunkLastKeys.remove(mappingId + "#" + chunkNumber);
            if (!sequence.offer(chunkNumber, new ReadyChunk(result, loader.encode(result.batch()), lastKey))) {
                return null;
            }
            for (ReadyChunk ready = sequence.nextToCommit(); ready != null; ready = sequence.nextToCommit()) {
                committing = sequence.next();
                last = committer.commit(plan, committing, ready.result(), ready.lines(), ready.lastKey());
                MappingTally tally = tallies.get(mappingId);
                tally.add(last);
                sequence.committed();
                listener.chunkDone(plan, tally.read(), totals.getOrDefault(mappingId, 0L));
            }
            return last;
        } catch (SQLException | RuntimeException | Error e) {
            failChunk(mappingId, committing, e);
            throw e;
        }
    }

    /**
     * Before handing chunk {@code chunkNumber} to a worker: waits while {@code limit} earlier chunks
     * are still uncommitted, and returns false when the mapping has failed (stop reading).
     * Every true must be followed by {@link #endChunk}.
     */
    public boolean beginChunk(String mappingId, long chunkNumber, int limit) throws InterruptedException {
        return sequences.get(mappingId).begin(chunkNumber, limit);
    }

    /** The worker's task for one chunk ended, whatever happened to it. */
    public void endChunk(String mappingId) {
        sequences.get(mappingId).end();
    }

    /** Waits until every chunk of the mapping handed to a worker has committed, or been dropped after a failure. */
    public void awaitChunks(String mappingId) throws InterruptedException {
        ChunkSequence<ReadyChunk> sequence = sequences.get(mappingId);
        if (sequence != null) {
            sequence.awaitIdle();
        }
    }

    /** Records the failure first (so it is the one the run reports), then stops the mapping's later chunks. */
    private void failChunk(String mappingId, long chunkNumber, Throwable cause) {
        ChunkSequence<ReadyChunk> sequence = sequences.get(mappingId);
        if (sequence != null) {
            sequence.failed(chunkNumber);
        }
        fail(mappingId, cause);
    }

    /** Records the mapping's time and tells the listener; a mapping that failed is only closed. */
    public void finish(String mappingId) throws SQLException {
        closeReader(mappingId);
        if (failures.containsKey(mappingId)) {
            return;
        }
        MappingTally tally = tallies.get(mappingId);
        tally.stop();
        MappingCounts counts = tally.counts();
        try (Connection connection = target.getConnection()) {
            recorder.finishMapping(connection, runId, mappingId, counts.seconds());
        }
        listener.mappingFinished(counts);
    }

    /** Notes a mapping's failure; the first failure of the run is the one the run records. */
    public void fail(String mappingId, Throwable cause) {
        closeReader(mappingId);
        MappingPlan plan = plans.get(mappingId);
        String where = plan == null ? "mapping " + mappingId
                : "mapping " + mappingId + " (" + plan.legacyTable() + " -> " + plan.targetTable() + ")";
        String text = where + ": " + describe(cause);
        if (failures.putIfAbsent(mappingId, text) == null) {
            synchronized (this) {
                if (firstFailure == null) {
                    firstFailure = text;
                }
            }
        }
    }

    public boolean failed() {
        return firstFailure != null;
    }

    /** The first failure's text, or null. */
    public String failure() {
        return firstFailure;
    }

    /** Counts of every mapping that started, in plan order. */
    public List<MappingCounts> counts() {
        List<MappingCounts> counts = new ArrayList<>();
        plans.keySet().forEach(id -> {
            MappingTally tally = tallies.get(id);
            if (tally != null) {
                counts.add(tally.counts());
            }
        });
        return counts;
    }

    /** Releases every legacy connection still held by a reader. */
    public void closeAll() {
        List.copyOf(readers.keySet()).forEach(this::closeReader);
    }

    private void closeReader(String mappingId) {
        KeysetChunkReader reader = readers.remove(mappingId);
        if (reader != null) {
            reader.close();
        }
    }

    /** The chunk's last key becomes the mapping's checkpoint when the chunk commits. */
    private void rememberLastKey(String mappingId, SourceChunk chunk) {
        if (chunk.rows().isEmpty()) {
            return;
        }
        int keyIndex = chunk.columns().indexOf(plan(mappingId).keyColumn());
        if (keyIndex >= 0) {
            chunkLastKeys.put(mappingId + "#" + chunk.chunkNumber(), chunk.rows().get(chunk.size() - 1)[keyIndex]);
        }
    }

    private MappingPlan plan(String mappingId) {
        MappingPlan plan = plans.get(mappingId);
        if (plan == null) {
            throw new IllegalArgumentException("no mapping " + mappingId + " in run " + runId);
        }
        return plan;
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
            }
        }
        return text.toString();
    }
}
