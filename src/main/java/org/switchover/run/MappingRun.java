package org.switchover.run;

import org.switchover.extract.KeyRange;
import org.switchover.load.EncodedBatch;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One mapping in flight: its plan, running tally, estimated total, failure, and its key ranges ({@link RangeStream}:
 * one for a table read as one stream, several for a large table read side by side), each with its reader, chunk
 * sequence and uncommitted last keys. The routes' threads and the chunk workers reach it at the same time, so every
 * field is safe to read from any of them.
 */
final class MappingRun {
    /** A transformed chunk, encoded for COPY, with the last legacy key it read (its checkpoint), waiting to commit. */
    record ReadyChunk(TransformResult result, EncodedBatch lines, String lastKey) {
    }

    private final MappingPlan plan;
    /** Null until the mapping opens, unless an earlier attempt of the run finished it. */
    private volatile MappingTally tally;
    /** Empty until the mapping opens; then one per key range, in range order. */
    private volatile List<RangeStream> streams = List.of();
    private volatile long total;
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

    /** Starts counting (from the checkpoint's counts when resuming) and numbering chunks from {@code firstChunk}, as one stream. */
    void open(MappingTally startingTally, long firstChunk) {
        open(startingTally, List.of(new RangeStream(KeyRange.WHOLE, firstChunk)));
    }

    /** Starts counting (from the checkpoint's counts when resuming), reading in {@code ranges}, numbered 0, 1, ... */
    void open(MappingTally startingTally, List<RangeStream> ranges) {
        tally = startingTally;
        streams = List.copyOf(ranges);
    }

    void started(long estimatedTotal) {
        total = estimatedTotal;
    }

    MappingTally tally() {
        return tally;
    }

    long total() {
        return total;
    }

    /** Every key range of the mapping, in range order. */
    List<RangeStream> streams() {
        return streams;
    }

    /** Key range {@code range} (0 for a mapping read as one stream). */
    RangeStream stream(int range) {
        List<RangeStream> current = streams;
        if (range < 0 || range >= current.size()) {
            throw new IllegalArgumentException("mapping " + plan.mappingId() + " has no key range " + range
                    + " (it has " + current.size() + ")");
        }
        return current.get(range);
    }

    /** The chunk's last key becomes its range's checkpoint when the chunk commits. */
    void rememberLastKey(int range, SourceChunk chunk) {
        stream(range).rememberLastKey(chunk, plan.keyColumn());
    }

    /** The last key remembered for the range's chunk, now that it goes to commit; null when it had none. */
    String takeLastKey(int range, long chunkNumber) {
        return stream(range).takeLastKey(chunkNumber);
    }

    /** Chunk {@code chunkNumber} of the range failed: it and the range's later ones will not commit. */
    void chunkFailed(int range, long chunkNumber) {
        List<RangeStream> current = streams;
        if (range >= 0 && range < current.size()) {
            current.get(range).sequence().failed(chunkNumber);
        }
    }

    /** Waits until every chunk of every range handed to a worker has committed or been dropped; at once when the mapping never opened. */
    void awaitChunks() throws InterruptedException {
        for (RangeStream stream : streams) {
            stream.sequence().awaitIdle();
        }
    }

    /** Records the mapping's failure; true when it is the mapping's first. */
    boolean fail(String text) {
        return failure.compareAndSet(null, text);
    }

    boolean failed() {
        return failure.get() != null;
    }

    /** Releases every range reader's legacy connection, once. */
    void closeReader() {
        streams.forEach(RangeStream::closeReader);
    }
}
