package org.switchover.pipeline;

import java.util.List;

/**
 * Everything the engine needs to run one mapping (legacy table to target table): where to read,
 * in which key order, and the transformer. {@code loadOrder} follows the target's foreign keys.
 */
public record MappingPlan(String mappingId, String legacyTable, String keyColumn, List<String> sourceColumns,
                          String targetTable, int loadOrder, ChunkTransformer transformer) {
}
