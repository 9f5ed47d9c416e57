package org.switchover.generate;

import java.util.Map;

/** What a generation wrote: rows per legacy table (in load order), how long it took, and the ground truth. */
public record GenerationResult(Map<String, Long> rowsPerTable, double seconds, GroundTruth groundTruth) {
    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
