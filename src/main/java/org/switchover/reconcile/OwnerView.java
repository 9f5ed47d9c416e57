package org.switchover.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as its owners read it: one group per owner role, the role with the most FAILs first; in each, its checks
 * FAIL first, then ACCEPTED, then WARN by the children affected (most first), then PASS. Ties keep the checks' order.
 */
record OwnerView(String role, List<CheckOutcome> checks) {
    private static final List<Status> ORDER = List.of(Status.FAIL, Status.ACCEPTED, Status.WARN, Status.PASS);

    /** @param childrenAffected each check's children affected by id, as the report's JSON counted them */
    static List<OwnerView> of(List<CheckOutcome> outcomes, Map<String, Long> childrenAffected) {
        Map<String, List<CheckOutcome>> byRole = new LinkedHashMap<>();
        outcomes.stream().sorted(Comparator.comparing(o -> o.check().owner()))
                .forEach(o -> byRole.computeIfAbsent(o.check().owner(), r -> new ArrayList<>()).add(o));
        List<OwnerView> views = new ArrayList<>();
        // each check's weight once: the sort asks for it at every comparison, and a WARN's children are thousands of rows
        Map<CheckOutcome, Long> weights = new java.util.IdentityHashMap<>();
        outcomes.stream().filter(o -> o.status() == Status.WARN).forEach(o -> weights.put(o, weight(o, childrenAffected)));
        byRole.forEach((role, checks) -> views.add(new OwnerView(role, checks.stream().sorted(Comparator
                .comparingInt((CheckOutcome o) -> ORDER.indexOf(o.status()))
                .thenComparing(o -> o.status() == Status.WARN ? -weights.get(o) : 0L)).toList())));
        views.sort(Comparator.comparingLong((OwnerView v) -> -v.count(Status.FAIL)).thenComparingLong(v -> -v.count(Status.WARN)));
        return List.copyOf(views);
    }

    /** Children affected, else (a check that names no child) its records, so a WARN of 300 rows still ranks above one of 3. */
    private static long weight(CheckOutcome o, Map<String, Long> childrenAffected) {
        long children = childrenAffected.getOrDefault(o.id(), 0L);
        return children > 0 ? children : ChildrenAffected.records(o);
    }

    long count(Status status) {
        return checks.stream().filter(o -> o.status() == status).count();
    }

    /** The owner's mappings' counts: the figures of the service area's funnel. */
    List<CheckOutcome.MappingCountsResult> counts() {
        return checks.stream().filter(o -> o.counts() != null).map(CheckOutcome::counts).toList();
    }

    String anchor() {
        return "owner-" + Html.anchor(role);
    }
}
