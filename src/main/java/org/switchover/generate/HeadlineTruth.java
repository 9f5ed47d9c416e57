package org.switchover.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headlines' legacy truth as the generator decided it: the open referrals that migrate, and the open referrals, open
 * duty cases and active plans whose client has no survivor, which cannot migrate (reject reason unknown_client) but are
 * still in legacy. A referral whose client has no survivor is an open duty case whatever its allocations
 * (migration-rules.md, "Open duty case").
 */
final class HeadlineTruth {
    static final String UNKNOWN_CLIENT = "unknown_client";

    private HeadlineTruth() {
    }

    /** Open referrals (the README's "open") of a known child, ids ascending. */
    static List<Integer> openReferrals(List<Referral> referrals) {
        return referrals.stream().filter(r -> r.loaded() && r.openByRules()).map(r -> r.id).sorted().toList();
    }

    static GroundTruth.NotMigrated notMigrated(List<Referral> referrals, List<CpPlan> plans, int asOfDay) {
        List<GroundTruth.Unmigratable> open = referrals.stream().filter(r -> !r.loaded() && r.openByRules())
                .map(r -> new GroundTruth.Unmigratable(r.id, r.clientNo, UNKNOWN_CLIENT)).sorted(java.util.Comparator.comparingInt(
                        GroundTruth.Unmigratable::id)).toList();
        List<CpPlan> activePlans = plans.stream().filter(p -> !p.loaded() && p.activeInLegacy(asOfDay)).toList();
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        CpPlanGenerator.CATEGORY_KEYS.forEach(key -> byCategory.put(key, new ArrayList<>()));
        activePlans.forEach(p -> byCategory.get(p.latest.census() == null ? "NONE" : p.latest.census()).add(p.id));
        return new GroundTruth.NotMigrated(open, open,
                activePlans.stream().map(p -> new GroundTruth.Unmigratable(p.id, p.clientNo, UNKNOWN_CLIENT)).toList(), byCategory,
                activePlans.stream().filter(p -> !p.heldForAnotherAuthority()).count());
    }
}
