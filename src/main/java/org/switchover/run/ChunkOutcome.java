package org.switchover.run;

import org.switchover.pipeline.ExclusionRecord;
import org.switchover.pipeline.LossyRecord;
import org.switchover.pipeline.RejectRecord;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one chunk came to after transform and load: read = loaded + excluded + rejects.size().
 * {@code rejects} holds both the transformer's rejects and the rows the database refused.
 */
public record ChunkOutcome(String mappingId, long chunkNumber, long read, long loaded, Map<String, Long> excludedByRule,
                           List<RejectRecord> rejects, List<LossyRecord> lossy, List<ExclusionRecord> exclusions) {

    public long excluded() {
        return excludedByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejected() {
        return rejects.size();
    }

    /** Rejected rows counted per reason code, sorted by reason. */
    public Map<String, Long> rejectedByReason() {
        Map<String, Long> counts = new TreeMap<>();
        rejects.forEach(reject -> counts.merge(reject.reason(), 1L, Long::sum));
        return counts;
    }
}
