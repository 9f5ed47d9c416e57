package org.switchover.run;

import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import java.util.concurrent.ExecutorService;

/**
 * Hands each chunk a route has read to the shared chunk workers, which transform, encode and commit
 * it (commits stay in chunk order, see MigrationJob#commit), so the route's thread goes straight
 * back to reading. A route is held back while twice as many of its chunks as there are workers are
 * uncommitted, which bounds memory, and stops handing out chunks once the mapping has failed.
 * Workers never wait for anything but the database, so no chunk can wait for a chunk behind it.
 */
public final class ChunkDispatcher {
    private final MigrationJob job;
    private final ExecutorService workers;
    /** Chunks of one mapping read but not yet committed, at most: enough to keep every worker busy. */
    private final int uncommittedChunksPerMapping;

    ChunkDispatcher(MigrationJob job, ExecutorService workers, int workerCount) {
        this.job = job;
        this.workers = workers;
        this.uncommittedChunksPerMapping = 2 * workerCount;
    }

    /** Queues the chunk's work; false (nothing queued) when the mapping has failed and reading should stop. */
    public boolean dispatch(String mappingId, SourceChunk chunk) throws InterruptedException {
        if (!job.beginChunk(mappingId, chunk.chunkNumber(), uncommittedChunksPerMapping)) {
            return false;
        }
        try {
            workers.execute(() -> work(mappingId, chunk));
        } catch (RuntimeException e) {
            job.endChunk(mappingId);
            throw e;
        }
        return true;
    }

    /** Waits for every chunk of the mapping already handed out. */
    public void awaitChunks(String mappingId) throws InterruptedException {
        job.awaitChunks(mappingId);
    }

    private void work(String mappingId, SourceChunk chunk) {
        try {
            TransformResult result = job.transform(mappingId, chunk);
            job.commit(mappingId, chunk.chunkNumber(), result);
        } catch (Exception | Error e) {
            // transform and commit record their own failures (the first one wins); this catches the rest
            job.fail(mappingId, e);
        } finally {
            job.endChunk(mappingId);
        }
    }
}
