package org.switchover.run;

/**
 * Lets the chunks of one mapping commit in chunk order, whatever order they finish transforming in,
 * so the committed chunks are always chunks 1..k: after a failure nothing later commits, as when the
 * chunks ran one by one, and a resume point is simply the last committed chunk.
 */
final class ChunkSequence {
    private long next = 1;
    private boolean broken;

    /** Waits until every earlier chunk has committed; false when one of them failed instead. */
    synchronized boolean awaitTurn(long chunkNumber) throws InterruptedException {
        while (!broken && chunkNumber != next) {
            wait();
        }
        return !broken;
    }

    synchronized void committed(long chunkNumber) {
        next = chunkNumber + 1;
        notifyAll();
    }

    /** A chunk failed: chunks waiting for their turn give up. */
    synchronized void broken() {
        broken = true;
        notifyAll();
    }
}
