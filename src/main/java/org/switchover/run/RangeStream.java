package org.switchover.run;

import org.switchover.extract.KeyRange;
import org.switchover.extract.KeysetChunkReader;
import org.switchover.pipeline.SourceChunk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One key range of a mapping in flight: its reader, its chunk sequence (its chunks commit in their order, side by
 * side with the other ranges') and the last legacy key of each chunk read but not committed, which becomes the
 * range's checkpoint when the chunk commits. A mapping read as one stream has one, range 0, the whole table.
 */
final class RangeStream {
    private final KeyRange range;
    private final ChunkSequence<MappingRun.ReadyChunk> sequence;
    private final Map<Long, String> lastKeys = new ConcurrentHashMap<>();
    private final AtomicReference<KeysetChunkReader> reader = new AtomicReference<>();

    /** A range whose chunks are numbered, and commit, from {@code firstChunk} on (after its checkpoint when resuming). */
    RangeStream(KeyRange range, long firstChunk) {
        this.range = range;
        this.sequence = new ChunkSequence<>(firstChunk);
    }

    KeyRange range() {
        return range;
    }

    ChunkSequence<MappingRun.ReadyChunk> sequence() {
        return sequence;
    }

    void started(KeysetChunkReader chunkReader) {
        reader.set(chunkReader);
    }

    /** The chunk's last key becomes the range's checkpoint when the chunk commits. */
    void rememberLastKey(SourceChunk chunk, String keyColumn) {
        if (chunk.rows().isEmpty()) {
            return;
        }
        int keyIndex = chunk.columns().indexOf(keyColumn);
        if (keyIndex >= 0) {
            lastKeys.put(chunk.chunkNumber(), chunk.rows().get(chunk.size() - 1)[keyIndex]);
        }
    }

    /** The last key remembered for the chunk, now that it goes to commit; null when it had none. */
    String takeLastKey(long chunkNumber) {
        return lastKeys.remove(chunkNumber);
    }

    /** Releases the reader's legacy connection, once. */
    void closeReader() {
        KeysetChunkReader open = reader.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }
}
