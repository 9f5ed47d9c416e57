package org.switchover.pipeline;

import java.util.List;

/**
 * A chunk of legacy rows of one mapping, read in key order. Values are text exactly as the driver
 * returned them (zero dates as "0000-00-00"), NULL as null; {@code columns} names each position.
 * {@code undefinedBytes} lists the values whose latin1 bytes Windows-1252 leaves undefined (usually none).
 */
public record SourceChunk(String mappingId, List<String> columns, List<String[]> rows, long chunkNumber,
                          List<UndefinedBytes> undefinedBytes) {
    public SourceChunk {
        undefinedBytes = List.copyOf(undefinedBytes);
    }

    /** A chunk from a source that decodes no latin1 bytes itself (the driver's getString, a fixture). */
    public SourceChunk(String mappingId, List<String> columns, List<String[]> rows, long chunkNumber) {
        this(mappingId, columns, rows, chunkNumber, List.of());
    }

    public int size() {
        return rows.size();
    }
}
