package org.switchover.cutover;

import org.switchover.fingerprint.TableFingerprint;
import org.switchover.pipeline.MappingPlan;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which legacy keys a delta re-migrates because legacy changed: rows whose updated_dt is at or after the base run's
 * start (legacy clock, whole seconds), and every row of a key range whose content hash differs from what the base
 * run read (changes that did not bump updated_dt, hard deletes, tables without updated_dt); then rows that reference
 * something the delta changed.
 */
final class DeltaDirtyKeys {
    private final DeltaLegacyReads reads;
    private final DeltaBase base;
    private final Map<String, List<Long>> changedBuckets;
    private final Map<String, Set<String>> byTable = new HashMap<>();

    /** @param changedBuckets per legacy table, the buckets of the base's fingerprint that differ now */
    DeltaDirtyKeys(DeltaLegacyReads reads, DeltaBase base, Map<String, List<Long>> changedBuckets) {
        this.reads = reads;
        this.base = base;
        this.changedBuckets = changedBuckets;
    }

    /** The legacy keys of the mapping's table that changed since the base run read them (one read per table). */
    Set<String> changedInLegacy(MappingPlan plan) throws SQLException {
        Set<String> known = byTable.get(plan.legacyTable());
        if (known != null) {
            return known;
        }
        Set<String> keys = new HashSet<>();
        if (reads.hasUpdatedDt(plan.legacyTable())) {
            keys.addAll(reads.updatedSince(plan.legacyTable(), plan.keyColumn(), base.since()));
        }
        TableFingerprint fingerprint = base.fingerprint().tables().get(plan.legacyTable());
        List<Long> buckets = changedBuckets.getOrDefault(plan.legacyTable(), List.of());
        if (fingerprint == null) {
            keys.addAll(reads.keys(plan.legacyTable(), plan.keyColumn())); // not fingerprinted: nothing proves it unchanged
        } else if (!buckets.isEmpty()) {
            keys.addAll(reads.keysInBuckets(fingerprint, buckets));
        }
        byTable.put(plan.legacyTable(), keys);
        return keys;
    }

    /** Keys of rows whose references now resolve differently: through a changed person, a broken chain, or a changed target row. */
    static Set<String> referencing(DeltaLegacyReads reads, MappingPlan plan, Map<String, String> mergedInto,
                                   Set<String> changedPersons, Map<String, Set<String>> changedTargetKeys) throws SQLException {
        List<MappingPlan.Reference> refs = plan.keys().references();
        Set<String> dirty = new HashSet<>();
        if (refs.isEmpty()) {
            return dirty;
        }
        Map<String, String[]> values = reads.values(plan.legacyTable(), plan.keyColumn(), refs.stream().map(MappingPlan.Reference::legacyColumn).toList());
        MergeChainWalk chains = new MergeChainWalk(mergedInto);
        values.forEach((key, row) -> {
            for (int i = 0; i < refs.size(); i++) {
                String value = row[i] == null ? null : row[i].trim();
                MappingPlan.Reference reference = refs.get(i);
                boolean affected = reference.throughMerges()
                        ? chains.touchesOrBroken(value, changedPersons == null ? Set.of() : changedPersons)
                        : value != null && changedTargetKeys.getOrDefault(reference.targetTable(), Set.of()).contains(value);
                if (affected) {
                    dirty.add(key);
                    return;
                }
            }
        });
        return dirty;
    }
}
