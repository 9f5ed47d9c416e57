package org.switchover.pipeline;

import java.util.List;
import java.util.Set;

/**
 * Everything the engine needs to run one mapping (legacy table to target table): where to read,
 * in which key order, and the transformer. {@code loadOrder} follows the target's foreign keys;
 * {@code referencedTables} names the target tables the mapping looks keys up in, which must be loaded
 * before it starts, or is null when unknown (then every mapping of a lower load order comes first).
 * {@code keys} says where its keys go, for a delta that must find its rows again.
 */
public record MappingPlan(String mappingId, String legacyTable, String keyColumn, List<String> sourceColumns,
                          String targetTable, int loadOrder, ChunkTransformer transformer, Set<String> referencedTables,
                          Keys keys) {
    public MappingPlan(String mappingId, String legacyTable, String keyColumn, List<String> sourceColumns,
                       String targetTable, int loadOrder, ChunkTransformer transformer) {
        this(mappingId, legacyTable, keyColumn, sourceColumns, targetTable, loadOrder, transformer, null, Keys.UNKNOWN);
    }

    public MappingPlan(String mappingId, String legacyTable, String keyColumn, List<String> sourceColumns,
                       String targetTable, int loadOrder, ChunkTransformer transformer, Set<String> referencedTables) {
        this(mappingId, legacyTable, keyColumn, sourceColumns, targetTable, loadOrder, transformer, referencedTables, Keys.UNKNOWN);
    }

    /** True when {@code earlier} must finish before this mapping may start. */
    public boolean waitsFor(MappingPlan earlier) {
        if (earlier.loadOrder() >= loadOrder) {
            return false;
        }
        return referencedTables == null || referencedTables.contains(earlier.targetTable());
    }

    /**
     * Where a mapping's keys go.
     *
     * @param legacyKeyColumn the target column that holds the legacy key, or null when no column is taken from it
     * @param references      the legacy columns whose value is a key of another mapping's target, one column each
     * @param person          true for the mapping declared {@code role: person}, whose legacy keys are the persons
     */
    public record Keys(String legacyKeyColumn, List<Reference> references, boolean person) {
        /** Nothing known: a plan built by hand. */
        public static final Keys UNKNOWN = new Keys(null, List.of(), false);

        public Keys {
            references = List.copyOf(references);
        }
    }

    /**
     * A legacy column whose value is a key of {@code targetTable}; {@code throughMerges} when it names a
     * person, found at the end of that person's merge chain.
     */
    public record Reference(String legacyColumn, String targetTable, boolean throughMerges) {
    }
}
