package org.switchover.run;

import java.util.HashMap;
import java.util.Map;

/**
 * Lets the chunks of one mapping commit in chunk order, whatever order they finish transforming in,
 * so the committed chunks are always chunks 1..k: when chunk k fails, the chunks before it commit and
 * none after it does, as when the chunks ran one by one, and a resume point is simply the last committed chunk. Nobody waits: a
 * chunk that is early is parked, and the thread that commits its predecessor commits it next.
 */
final class ChunkSequence<T> {
    private final Map<Long, T> parked = new HashMap<>();
    private long next;
    private boolean committing;
    /** Chunks handed to a worker whose task has not ended yet. */
    private int running;
    /** The first chunk that failed: it and every later chunk never commit; earlier ones still do. */
    private long failedAt = Long.MAX_VALUE;

    ChunkSequence() {
        this(1);
    }

    /** A sequence whose first chunk to commit is {@code firstChunk} (after a checkpoint on resume). */
    ChunkSequence(long firstChunk) {
        this.next = firstChunk;
    }

    /**
     * Parks the chunk; returns true when the caller is now the one committer and should take chunks
     * with {@link #nextToCommit()} until it returns null.
     */
    synchronized boolean offer(long chunkNumber, T result) {
        if (chunkNumber >= failedAt) {
            return false;
        }
        parked.put(chunkNumber, result);
        if (committing || chunkNumber != next) {
            return false;
        }
        committing = true;
        return true;
    }

    /** The next chunk's result when it is here (the committer then commits it), else null and the committer steps down. */
    synchronized T nextToCommit() {
        T result = next >= failedAt ? null : parked.remove(next);
        if (result == null) {
            committing = false;
        }
        return result;
    }

    /** The chunk numbered {@link #next} committed. */
    synchronized long committed() {
        notifyAll();
        return next++;
    }

    /**
     * Waits until fewer than {@code limit} chunks before {@code chunkNumber} are still uncommitted
     * (so a slow commit holds the reader back instead of filling memory), then counts the chunk as
     * running. False, counting nothing, when a chunk has failed: the reader should stop.
     */
    synchronized boolean begin(long chunkNumber, int limit) throws InterruptedException {
        while (failedAt == Long.MAX_VALUE && chunkNumber - next >= limit) {
            wait();
        }
        if (failedAt != Long.MAX_VALUE) {
            return false;
        }
        running++;
        return true;
    }

    /** A chunk's task ended (committed, parked, dropped or failed). */
    synchronized void end() {
        running--;
        notifyAll();
    }

    /** Waits until no chunk task of the mapping is running and none is parked. */
    synchronized void awaitIdle() throws InterruptedException {
        while (running > 0 || (!parked.isEmpty() && failedAt == Long.MAX_VALUE)) {
            wait();
        }
    }

    synchronized long next() {
        return next;
    }

    /** Chunk {@code chunkNumber} failed: it and later chunks are dropped; earlier ones still commit in order. */
    synchronized void failed(long chunkNumber) {
        failedAt = Math.min(failedAt, chunkNumber);
        parked.keySet().removeIf(number -> number >= failedAt);
        notifyAll();
    }
}
