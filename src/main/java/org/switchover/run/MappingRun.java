package org.switchover.run;

import org.switchover.extract.KeysetChunkReader;
import org.switchover.load.EncodedBatch;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One mapping in flight: its plan, running tally, estimated total, reader, failure, chunk sequence, and
 * the last legacy key of each chunk read but not committed yet. The route's thread and the chunk
 * workers reach it at the same time, so every field is safe to read from any of them.
 */
final class MappingRun {
    /** A transformed chunk, encoded for COPY, with the last legacy key it read (its checkpoint), waiting to commit. */
    record ReadyChunk(TransformResult result, EncodedBatch lines, String lastKey) {
    }

    private final MappingPlan plan;
    private final Map<Long, String> lastKeys = new ConcurrentHashMap<>();
    /** Null until the mapping opens, unless an earlier attempt of the run finished it. */
    private volatile MappingTally tally;
    /** Null until the mapping opens. */
    private volatile ChunkSequence<ReadyChunk> sequence;
    private volatile long total;
    private final AtomicReference<KeysetChunkReader> reader = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();

    MappingRun(MappingPlan plan) {
        this.plan = plan;
    }

    MappingPlan plan() {
        return plan;
    }

    /** The counts an earlier attempt of this run committed for the mapping, which it finished. */
    void restoreFinished(ResumeState.Progress progress) {
        MappingTally restored = new MappingTally(plan);
        restored.restore(progress);
        tally = restored;
    }

    /** Starts counting (from the checkpoint's counts when resuming) and numbering chunks from {@code firstChunk}. */
    void open(MappingTally startingTally, long firstChunk) {
        tally = startingTally;
        // a resumed mapping's chunks are numbered on from its checkpoint, and commit in that order too
        sequence = new ChunkSequence<>(firstChunk);
    }

    void started(long estimatedTotal, KeysetChunkReader chunkReader) {
        total = estimatedTotal;
        reader.set(chunkReader);
    }

    MappingTally tally() {
        return tally;
    }

    long total() {
        return total;
    }

    ChunkSequence<ReadyChunk> sequence() {
        return sequence;
    }

    /** The chunk's last key becomes the mapping's checkpoint when the chunk commits. */
    void rememberLastKey(SourceChunk chunk) {
        if (chunk.rows().isEmpty()) {
            return;
        }
        int keyIndex = chunk.columns().indexOf(plan.keyColumn());
        if (keyIndex >= 0) {
            lastKeys.put(chunk.chunkNumber(), chunk.rows().get(chunk.size() - 1)[keyIndex]);
        }
    }

    /** The last key remembered for the chunk, now that it goes to commit; null when it had none. */
    String takeLastKey(long chunkNumber) {
        return lastKeys.remove(chunkNumber);
    }

    /** Chunk {@code chunkNumber} failed: it and the later ones will not commit. */
    void chunkFailed(long chunkNumber) {
        ChunkSequence<ReadyChunk> current = sequence;
        if (current != null) {
            current.failed(chunkNumber);
        }
    }

    /** Waits until every chunk handed to a worker has committed or been dropped; at once when the mapping never opened. */
    void awaitChunks() throws InterruptedException {
        ChunkSequence<ReadyChunk> current = sequence;
        if (current != null) {
            current.awaitIdle();
        }
    }

    /** Records the mapping's failure; true when it is the mapping's first. */
    boolean fail(String text) {
        return failure.compareAndSet(null, text);
    }

    boolean failed() {
        return failure.get() != null;
    }

    /** Releases the reader's legacy connection, once. */
    void closeReader() {
        KeysetChunkReader open = reader.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }
}
