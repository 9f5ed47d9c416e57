package org.switchover.cutover;

import org.switchover.reconcile.ReconciliationResult;

import java.util.List;

/**
 * What a delta run did: per mapping the legacy keys it re-migrated and what changed in the target, and the
 * reconciliation of the whole target after it (null when it was not reconciled).
 */
public record DeltaResult(long runId, long sinceRunId, List<MappingDelta> mappings, double seconds, ReconciliationResult reconciliation) {
    /** One mapping's share of a delta. */
    public record MappingDelta(String mappingId, long dirtyKeys, long deletedRows, long loadedRows, long changedKeys) {
    }

    public long dirtyKeys() {
        return mappings.stream().mapToLong(MappingDelta::dirtyKeys).sum();
    }

    public long changedKeys() {
        return mappings.stream().mapToLong(MappingDelta::changedKeys).sum();
    }

    DeltaResult reconciled(ReconciliationResult whole) {
        return new DeltaResult(runId, sinceRunId, mappings, seconds, whole);
    }
}
