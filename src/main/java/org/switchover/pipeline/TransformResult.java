package org.switchover.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What the transform step made of one {@link SourceChunk}: the rows to load, the rows excluded
 * (counted per rule), the rows rejected, and every lossy conversion. {@code read} counts the
 * units of the chunk (rows, or list items for mappings that explode a list), so that
 * read = batch.size() + excluded + rejects.size() before loading. {@code exclusions} names the keys behind
 * {@code excludedByRule}, so a delta can carry them forward key by key.
 */
public record TransformResult(long read, TargetBatch batch, Map<String, Long> excludedByRule, List<RejectRecord> rejects,
                              List<LossyRecord> lossy, List<ExclusionRecord> exclusions) {
    /** A result whose exclusions are counted per rule only (hand-made transformers). */
    public TransformResult(long read, TargetBatch batch, Map<String, Long> excludedByRule, List<RejectRecord> rejects,
                           List<LossyRecord> lossy) {
        this(read, batch, excludedByRule, rejects, lossy, List.of());
    }

    public long excluded() {
        return excludedByRule.values().stream().mapToLong(Long::longValue).sum();
    }
}
