package org.switchover.run;

import org.switchover.pipeline.MappingPlan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups plans by load order: groups run one after another, the plans inside a group may run together. */
public final class LoadOrder {
    private LoadOrder() {
    }

    public static List<List<MappingPlan>> groups(Collection<MappingPlan> plans) {
        Map<Integer, List<MappingPlan>> byOrder = new TreeMap<>();
        plans.forEach(plan -> byOrder.computeIfAbsent(plan.loadOrder(), order -> new ArrayList<>()).add(plan));
        return List.copyOf(byOrder.values().stream().map(List::copyOf).toList());
    }
}
