package org.switchover.run;

import org.switchover.config.SwitchoverSettings;
import org.switchover.extract.KeyRange;
import org.switchover.extract.KeyRanges;
import org.switchover.extract.KeysetChunkReader;
import org.switchover.load.CopyLoader;
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

/**
 * The steps of one run, per mapping: open (count, start reading), transform a chunk, commit a chunk,
 * finish, or fail. Plain Java: the routes only call {@link #open}, {@link #finish} and {@link #fail}
 * (chunks go through the {@link ChunkDispatcher}), so every step can be tested without Camel. Each
 * mapping's state is one {@link MappingRun}; different mappings may call in from different threads.
 */
public final class MigrationJob {
    private final long runId;
    /** Every mapping of the run, in plan order. */
    private final Map<String, MappingRun> mappings = new LinkedHashMap<>();
    private final DataSource legacy;
    private final DataSource target;
    private final SwitchoverSettings settings;
    private final ProgressListener listener;
    private final RunRecorder recorder;
    private final ChunkCommitter committer;
    private final CopyLoader loader = new CopyLoader();
    private final ResumeState resume;
    private volatile String firstFailure;

    /**
     * A job for run {@code runId}; with a {@code resume} state it continues that interrupted run: finished
     * mappings keep their committed counts, unfinished ones restart after their checkpoint.
     */
    MigrationJob(long runId, RunKind kind, List<MappingPlan> plans, DataSource legacy, DataSource target,
                 SwitchoverSettings settings, ProgressListener listener, RunRecorder recorder, ResumeState resume) {
        this.resume = resume == null ? new ResumeState(runId, Map.of()) : resume;
        this.runId = runId;
        this.legacy = legacy;
        this.target = target;
        this.settings = settings;
        this.listener = listener;
        this.recorder = recorder;
        // A dry run is redone from scratch, so its chunks need not wait for the WAL flush: a server crash
        // can lose its last chunks together with their checkpoints, never split one, so --resume still holds.
        this.committer = new ChunkCommitter(target, loader, recorder, runId, kind != RunKind.DRY_RUN);
        for (MappingPlan plan : plans) {
            MappingRun mapping = new MappingRun(plan);
            if (this.resume.finished(plan.mappingId())) {
                mapping.restoreFinished(this.resume.progress(plan.mappingId()));
            }
            mappings.put(plan.mappingId(), mapping);
        }
    }

    /** True when an earlier attempt of this run already finished the mapping: the engine skips it. */
    boolean alreadyFinished(String mappingId) {
        return resume.finished(mappingId);
    }

    public long runId() {
        return runId;
    }

    /**
     * Estimates the legacy rows, cuts a table above the split threshold into key ranges (a resumed mapping keeps
     * the ranges it recorded), records the mapping's zero counts with its ranges, and returns one lazy chunk
     * iterator per key range, in range order: the route reads them side by side.
     */
    public List<Iterator<SourceChunk>> open(String mappingId) throws SQLException {
        MappingRun mapping = mapping(mappingId);
        MappingPlan plan = mapping.plan();
        ResumeState.Progress progress = resume.progress(mappingId);
        MappingTally tally = new MappingTally(plan);
        long total;
        List<KeyRange> ranges;
        try (Connection connection = legacy.getConnection()) {
            total = KeysetChunkReader.estimateRows(connection, plan);
            ranges = progress != null ? recordedRanges(progress)
                    : KeyRanges.split(connection, plan, total > settings.splitRows() ? settings.keyRanges() : 1);
        }
        if (progress == null) {
            openMapping(plan, ranges);
        } else {
            tally.restore(progress); // the counts row exists already and holds the committed chunks
        }
        List<RangeStream> streams = new ArrayList<>();
        for (KeyRange range : ranges) {
            ResumeState.Checkpoint checkpoint = progress == null ? null : progress.checkpoint(range.number());
            // a resumed range's chunks are numbered on from its checkpoint, and commit in that order too
            streams.add(new RangeStream(range, checkpoint == null ? 1 : checkpoint.chunks() + 1));
        }
        mapping.open(tally, streams);
        listener.mappingStarted(plan, total);
        mapping.started(total);
        List<Iterator<SourceChunk>> readers = new ArrayList<>();
        for (RangeStream stream : streams) {
            ResumeState.Checkpoint checkpoint = progress == null ? null : progress.checkpoint(stream.range().number());
            KeysetChunkReader reader = new KeysetChunkReader(legacy.getConnection(), plan, settings.chunkRows(), stream.range(),
                    checkpoint == null ? null : checkpoint.lastKey(), checkpoint == null ? 0 : checkpoint.chunks());
            stream.started(reader);
            readers.add(reader);
        }
        return readers;
    }

    /** The ranges an interrupted attempt recorded for the mapping; none recorded: it was read as one stream. */
    private static List<KeyRange> recordedRanges(ResumeState.Progress progress) {
        return progress.ranges().isEmpty() ? List.of(KeyRange.WHOLE) : progress.ranges();
    }

    /** The mapping's zero counts row and its key ranges (when split) commit together, before its first chunk. */
    private void openMapping(MappingPlan plan, List<KeyRange> ranges) throws SQLException {
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            try {
                recorder.openMapping(connection, runId, plan);
                if (ranges.size() > 1) {
                    recorder.recordKeyRanges(connection, runId, plan.mappingId(), ranges);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Calls the mapping's transformer on one chunk; chunks of one mapping may be transformed side by side. */
    TransformResult transform(String mappingId, int range, SourceChunk chunk) {
        MappingRun mapping = mapping(mappingId);
        try {
            mapping.rememberLastKey(range, chunk);
            TransformResult result = mapping.plan().transformer().transform(chunk);
            return Objects.requireNonNull(result, () -> "the transformer of mapping " + mappingId + " returned null for chunk "
                    + chunk.chunkNumber());
        } catch (RuntimeException | Error e) {
            failChunk(mapping, range, chunk.chunkNumber(), e);
            throw e;
        }
    }

    /**
     * Loads and records one transformed chunk of key range {@code range} in one transaction, in the range's
     * chunk order (ranges commit side by side, each on its own connection): a chunk that is
     * ready before an earlier one waits, parked, and is committed by the thread that commits the
     * earlier one. Returns the outcome of the last chunk this call committed, or null if it committed
     * none (its chunk was parked, or an earlier chunk failed).
     */
    ChunkOutcome commit(String mappingId, int range, long chunkNumber, TransformResult result) throws SQLException {
        MappingRun mapping = mapping(mappingId);
        MappingPlan plan = mapping.plan();
        ChunkSequence<MappingRun.ReadyChunk> sequence = mapping.stream(range).sequence();
        ChunkOutcome last = null;
        long committing = chunkNumber;
        try {
            // encoding needs no connection: done here, side by side with other chunks, not in the ordered part
            ChunkCommitter.checkBalanced(plan, chunkNumber, result);
            String lastKey = mapping.takeLastKey(range, chunkNumber);
            if (!sequence.offer(chunkNumber, new MappingRun.ReadyChunk(result, loader.encode(result.batch()), lastKey))) {
                return null;
            }
            for (MappingRun.ReadyChunk ready = sequence.nextToCommit(); ready != null; ready = sequence.nextToCommit()) {
                committing = sequence.next();
                last = committer.commit(plan, committing, ready.result(), ready.lines(), range, ready.lastKey());
                MappingTally tally = mapping.tally();
                tally.add(last);
                sequence.committed();
                listener.chunkDone(plan, tally.read(), mapping.total());
            }
            return last;
        } catch (SQLException | RuntimeException | Error e) {
            failChunk(mapping, range, committing, e);
            throw e;
        }
    }

    /**
     * Before handing chunk {@code chunkNumber} of key range {@code range} to a worker: waits while {@code limit}
     * earlier chunks of the range are still uncommitted, and returns false when the range has failed (stop reading).
     * Every true must be followed by {@link #endChunk}.
     */
    boolean beginChunk(String mappingId, int range, long chunkNumber, int limit) throws InterruptedException {
        return mapping(mappingId).stream(range).sequence().begin(chunkNumber, limit);
    }

    /** The worker's task for one chunk of the range ended, whatever happened to it. */
    void endChunk(String mappingId, int range) {
        mapping(mappingId).stream(range).sequence().end();
    }

    /** Waits until every chunk of the mapping handed to a worker has committed, or been dropped after a failure. */
    void awaitChunks(String mappingId) throws InterruptedException {
        mapping(mappingId).awaitChunks();
    }

    /** Records the failure first (so it is the one the run reports), then stops the mapping's later chunks. */
    private void failChunk(MappingRun mapping, int range, long chunkNumber, Throwable cause) {
        mapping.chunkFailed(range, chunkNumber);
        fail(mapping.plan().mappingId(), cause);
    }

    /** Records the mapping's time and tells the listener; a mapping that failed is only closed. */
    public void finish(String mappingId) throws SQLException {
        MappingRun mapping = mapping(mappingId);
        mapping.closeReader();
        if (mapping.failed()) {
            return;
        }
        MappingTally tally = mapping.tally();
        tally.stop();
        MappingCounts counts = tally.counts();
        try (Connection connection = target.getConnection()) {
            recorder.finishMapping(connection, runId, mappingId, counts.seconds());
        }
        listener.mappingFinished(counts);
    }

    /** Notes a mapping's failure (or the engine's, under an id that is no mapping); the run records the first. */
    public void fail(String mappingId, Throwable cause) {
        MappingRun mapping = mappings.get(mappingId);
        String where = mapping == null ? "mapping " + mappingId
                : "mapping " + mappingId + " (" + mapping.plan().legacyTable() + " -> " + mapping.plan().targetTable() + ")";
        String text = where + ": " + describe(cause);
        if (mapping != null) {
            mapping.closeReader();
            if (!mapping.fail(text)) {
                return;
            }
        }
        synchronized (this) {
            if (firstFailure == null) {
                firstFailure = text;
            }
        }
    }

    boolean failed() {
        return firstFailure != null;
    }

    /** The first failure's text, or null. */
    String failure() {
        return firstFailure;
    }

    /** Counts of every mapping that started, in plan order. */
    List<MappingCounts> counts() {
        List<MappingCounts> counts = new ArrayList<>();
        for (MappingRun mapping : mappings.values()) {
            if (mapping.tally() != null) {
                counts.add(mapping.tally().counts());
            }
        }
        return counts;
    }

    /** Releases every legacy connection still held by a reader. */
    void closeAll() {
        mappings.values().forEach(MappingRun::closeReader);
    }

    private MappingRun mapping(String mappingId) {
        MappingRun mapping = mappings.get(mappingId);
        if (mapping == null) {
            throw new IllegalArgumentException("no mapping " + mappingId + " in run " + runId);
        }
        return mapping;
    }

    /** The root cause, not the wrappers around it: "ERROR: could not extend file …: No space left on device (PSQLException)". */
    private static String describe(Throwable cause) {
        return Failures.describe(cause);
    }
}
