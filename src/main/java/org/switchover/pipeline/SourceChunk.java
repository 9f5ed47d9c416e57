package org.switchover.pipeline;

import java.util.List;

/**
 * A chunk of legacy rows of one mapping, read in key order. Values are text exactly as the driver
 * returned them (zero dates as "0000-00-00"), NULL as null; {@code columns} names each position.
 */
public record SourceChunk(String mappingId, List<String> columns, List<String[]> rows, long chunkNumber) {
    public int size() {
        return rows.size();
    }
}
