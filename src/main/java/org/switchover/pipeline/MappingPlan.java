package org.switchover.pipeline;

import java.util.List;
import java.util.Set;

/**
 * Everything the engine needs to run one mapping (legacy table to target table): where to read,
 * in which key order, and the transformer. {@code loadOrder} follows the target's foreign keys;
 * {@code referencedTables} names the target tables the mapping looks keys up in, which must be loaded
 * before it starts, or is null when unknown (then every mapping of a lower load order comes first).
 */
public record MappingPlan(String mappingId, String legacyTable, String keyColumn, List<String> sourceColumns,
                          String targetTable, int loadOrder, ChunkTransformer transformer, Set<String> referencedTables) {
    public MappingPlan(String mappingId, String legacyTable, String keyColumn, List<String> sourceColumns,
                       String targetTable, int loadOrder, ChunkTransformer transformer) {
        this(mappingId, legacyTable, keyColumn, sourceColumns, targetTable, loadOrder, transformer, null);
    }

    /** True when {@code earlier} must finish before this mapping may start. */
    public boolean waitsFor(MappingPlan earlier) {
        if (earlier.loadOrder() >= loadOrder) {
            return false;
        }
        return referencedTables == null || referencedTables.contains(earlier.targetTable());
    }
}
