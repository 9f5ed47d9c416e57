package org.switchover.cutover;

import java.util.List;

/** What a delta run did: per mapping the legacy keys it re-migrated and what changed in the target. */
public record DeltaResult(long runId, long sinceRunId, List<MappingDelta> mappings, double seconds) {
    /** One mapping's share of a delta. */
    public record MappingDelta(String mappingId, long dirtyKeys, long deletedRows, long loadedRows, long changedKeys) {
    }

    public long dirtyKeys() {
        return mappings.stream().mapToLong(MappingDelta::dirtyKeys).sum();
    }

    public long changedKeys() {
        return mappings.stream().mapToLong(MappingDelta::changedKeys).sum();
    }
}
