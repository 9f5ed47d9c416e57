package org.switchover.run;

import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import java.util.concurrent.ExecutorService;

/**
 * Hands each chunk a route has read to the shared chunk workers, which transform, encode and commit
 * it (commits stay in chunk order, see MigrationJob#commit), so the route's thread goes straight
 * back to reading. A route's key range is held back while twice as many of its chunks as there are workers are
 * uncommitted, which bounds memory, and stops handing out chunks once the mapping has failed.
 * Workers never wait for anything but the database, so no chunk can wait for a chunk behind it.
 */
public final class ChunkDispatcher {
    private final MigrationJob job;
    private final ExecutorService workers;
    /** Chunks of one key range read but not yet committed, at most: enough to keep every worker busy. */
    private final int uncommittedChunksPerMapping;

    ChunkDispatcher(MigrationJob job, ExecutorService workers, int workerCount) {
        this.job = job;
        this.workers = workers;
        this.uncommittedChunksPerMapping = 2 * workerCount;
    }

    /**
     * Queues the work of a chunk of key range {@code range} (0 for a mapping read as one stream); false (nothing
     * queued) when the range has failed and reading should stop.
     */
    public boolean dispatch(String mappingId, int range, SourceChunk chunk) throws InterruptedException {
        if (!job.beginChunk(mappingId, range, chunk.chunkNumber(), uncommittedChunksPerMapping)) {
            return false;
        }
        try {
            workers.execute(() -> work(mappingId, range, chunk));
        } catch (RuntimeException e) {
            job.endChunk(mappingId, range);
            throw e;
        }
        return true;
    }

    /** Waits for every chunk of the mapping already handed out. */
    public void awaitChunks(String mappingId) throws InterruptedException {
        job.awaitChunks(mappingId);
    }

    private void work(String mappingId, int range, SourceChunk chunk) {
        try {
            TransformResult result = job.transform(mappingId, range, chunk);
            job.commit(mappingId, range, chunk.chunkNumber(), result);
        } catch (Exception | Error e) {
            // transform and commit record their own failures (the first one wins); this catches the rest
            job.fail(mappingId, e);
        } finally {
            job.endChunk(mappingId, range);
        }
    }
}
