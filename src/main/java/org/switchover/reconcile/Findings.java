package org.switchover.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The failing records of each FAIL check, and what the owners' decisions make of them: a record covered by a
 * rekey or accept decision in force for the same reason is ACCEPTED, and a check whose every failing record is
 * ACCEPTED is ACCEPTED (no longer FAIL). Only checks that list records (equal_keys) can be accepted: a FAIL of
 * counts, a threshold or the legacy volume names no record an owner could decide on.
 */
final class Findings {
    private Findings() {
    }

    /** Key of a record in the decisions-in-force map: one check, one record key. */
    static String recordId(String checkId, String key) {
        return checkId + '\n' + key;
    }

    /** @param decisions the decisions in force, by {@link #recordId} (the latest decision on each record) */
    static List<CheckOutcome> decide(List<CheckOutcome> outcomes, Map<String, OwnerDecision> decisions) {
        return outcomes.stream().map(o -> decide(o, decisions)).toList();
    }

    private static CheckOutcome decide(CheckOutcome o, Map<String, OwnerDecision> decisions) {
        if (o.status() != Status.FAIL) {
            return o;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding record : failingRecords(o)) {
            // a decision carries over only while the record fails for the reason it was made on
            OwnerDecision inForce = DecisionRecords.applying(decisions, o.id(), record.key(), record.reason());
            Status status = inForce != null && inForce.decision().covers() ? Status.ACCEPTED : Status.FAIL;
            findings.add(new Finding(o.id(), record.key(), record.legacyRef(), record.reason(), status, inForce));
        }
        boolean accepted = !findings.isEmpty() && findings.stream().allMatch(f -> f.status() == Status.ACCEPTED);
        return o.decided(accepted ? Status.ACCEPTED : Status.FAIL, findings);
    }

    /** The records an equal_keys check lists: only in legacy (with the legacy query's reason when it gives one), only in target, differing. */
    private static List<Finding> failingRecords(CheckOutcome o) {
        List<Finding> records = new ArrayList<>();
        if (o.check().compare() != Comparison.EQUAL_KEYS) {
            return records;
        }
        Map<String, SideResult.Row> legacy = o.legacyRows().byKey();
        Map<String, SideResult.Row> target = o.targetRows().byKey();
        for (String key : o.onlyInLegacy()) {
            SideResult.Row row = legacy.get(key);
            String reason = row.notMigrated() != null ? row.notMigrated() : Finding.ONLY_IN_LEGACY;
            records.add(new Finding(o.id(), key, legacyRef(row), reason, Status.FAIL, null));
        }
        o.onlyInTarget().forEach(key -> records.add(new Finding(o.id(), key, legacyRef(target.get(key)), Finding.ONLY_IN_TARGET,
                Status.FAIL, null)));
        o.differing().forEach(key -> records.add(new Finding(o.id(), key, legacyRef(legacy.get(key)), Finding.DIFFERS,
                Status.FAIL, null)));
        return records;
    }

    private static String legacyRef(SideResult.Row row) {
        return row == null ? null : row.values().get("legacy_ref");
    }
}
