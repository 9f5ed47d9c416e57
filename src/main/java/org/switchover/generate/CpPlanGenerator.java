package org.switchover.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes cp_registration: a plan for most conferences that decided on one, some plans with no enquiry
 * recorded, and second open plans for children who already have one. Knows which plans are active.
 */
final class CpPlanGenerator {
    static final int MISSING_S47_BASE = 70_000_000;
    /** Plans last about a year: mean days beyond the minimum, and the minimum. */
    static final double MEAN_EXTRA_DAYS = 200;
    static final int MIN_DAYS = 60;
    static final double TEMPORARY_SHARE = 0.03;
    static final List<String> CATEGORY_KEYS = List.of("NEG", "PHY", "SAB", "EMO", "MUL", "NONE");

    private final GenerationContext context;
    private final SplittableRandom random;
    private final Vocabulary codes;
    private final List<CpPlan> plans = new ArrayList<>();

    CpPlanGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("cp_registration");
        this.codes = new Vocabulary(random, context.rates().lowerCaseCode());
    }

    List<CpPlan> generate(ClientRegistry clients, Workforce workforce, List<S47Generator.S47> enquiries) {
        int n = context.volumes().registrations();
        DefectRates rates = context.rates();
        int extra = rates.multipleActivePlans() <= 0 || n < 2 ? 0 : (int) Math.min(n - 1, Math.max(1, Math.round(rates.multipleActivePlans() * n)));
        int main = n - extra;
        Quota unknownClient = new Quota(rates.unknownClient(), main);
        Quota dangling = new Quota(rates.danglingOptionalLink(), main);
        Quota zero = new Quota(rates.zeroDate(), n);
        Quota unmappedInitial = new Quota(rates.unmappedCode(), n);
        Quota unmappedLatest = new Quota(rates.unmappedCode(), n);
        List<S47Generator.S47> decided = enquiries.stream().filter(S47Generator.S47::planMade).toList();
        for (int i = 0; i < main; i++) {
            CpPlan plan = new CpPlan();
            S47Generator.S47 from = i < decided.size() ? decided.get(i) : null;
            int client = from != null ? from.clientNo() : clients.random(random);
            plan.clientNo = unknownClient.next(random) ? clients.unknown(random) : client;
            plan.regDay = from != null ? from.icpcDay()
                    : Days.between(client >= 1 ? clients.createdDay[client] : context.firstDay(), context.asOfDay(), random);
            // a link to an enquiry that was itself rejected would be neither loaded nor dangling: left out
            plan.s47Id = from != null && !"unknown_referral".equals(from.fate()) ? from.id() : null;
            if (dangling.next(random)) {
                plan.s47Id = MISSING_S47_BASE + i;
                plan.danglingS47 = true;
            }
            int duration = MIN_DAYS + (int) (-MEAN_EXTRA_DAYS * Math.log(1 - random.nextDouble()));
            boolean ended = plan.regDay + duration <= context.asOfDay();
            plan.deregDay = ended ? plan.regDay + duration : -1;
            plan.status = ended ? "DEREG" : random.nextDouble() < TEMPORARY_SHARE ? "TEMP" : "REG";
            plans.add(plan);
        }
        addSecondOpenPlans(clients, extra);
        for (int i = 0; i < plans.size(); i++) {
            CpPlan plan = plans.get(i);
            plan.id = i + 1;
            plan.survivor = clients.survivorOf(plan.clientNo);
            plan.zeroRegDate = zero.next(random);
            plan.initial = codes.category(unmappedInitial.next(random));
            boolean latestUnmapped = unmappedLatest.next(random);
            // the latest category usually stays what the conference first decided
            plan.latest = !latestUnmapped && random.nextDouble() < 0.7 && !plan.initial.unmapped() ? plan.initial
                    : codes.category(latestUnmapped);
            double p = random.nextDouble();
            plan.olaFlag = "TEMP".equals(plan.status) ? (p < 0.5 ? "Y" : null) : p < 0.015 ? "Y" : p < 0.5 ? "N" : null;
        }
        write(workforce);
        return plans;
    }

    /** Second open plans: for the same child, often recorded against a duplicate client record. */
    private void addSecondOpenPlans(ClientRegistry clients, int extra) {
        List<CpPlan> open = plans.stream().filter(p -> p.deregDay < 0 && clients.survivorOf(p.clientNo) > 0).toList();
        for (int i = 0; i < extra && !open.isEmpty(); i++) {
            CpPlan first = open.get(random.nextInt(open.size()));
            CpPlan second = new CpPlan();
            second.clientNo = clients.anotherRecordOf(clients.survivorOf(first.clientNo), random);
            second.regDay = Days.between(first.regDay, context.asOfDay(), random);
            second.status = "REG";
            plans.add(second);
        }
    }

    private void write(Workforce workforce) {
        GroundTruthTally tally = context.tally();
        tally.trackLossy("cp_registration.reg_dt", "cp_registration.s47_id");
        tally.trackUnmapped("cp_registration.init_cat", "cp_registration.latest_cat");
        try (TableWriter writer = context.writer("cp_registration")) {
            for (CpPlan plan : plans) {
                boolean active = plan.deregDay < 0;
                writer.row(plan.id, plan.clientNo, plan.s47Id, plan.zeroRegDate ? Days.ZERO_DATE : Days.date(plan.regDay),
                        Days.dateOrNull(plan.deregDay), plan.initial.raw(), plan.latest.raw(), plan.status, plan.olaFlag,
                        active ? Days.date(context.asOfDay() + random.nextInt(180)) : null,
                        workforce.worker(random, false), context.updated(Math.max(plan.regDay, plan.deregDay), random));
                tally.fate(Mapping.CP_PLANS, plan.loaded() ? null : "unknown_client");
                if (!plan.loaded()) {
                    continue;
                }
                if (plan.zeroRegDate) {
                    tally.lossy("cp_registration.reg_dt");
                    tally.missing("ssd_cp_plans.cppl_cp_plan_start_date");
                }
                if (plan.danglingS47) {
                    tally.lossy("cp_registration.s47_id");
                }
                category(tally, plan.initial, "cp_registration.init_cat", "ssd_cp_plans.cppl_cp_plan_initial_category");
                category(tally, plan.latest, "cp_registration.latest_cat", "ssd_cp_plans.cppl_cp_plan_latest_category");
                tally.census("ssd_cp_plans.cppl_cp_plan_initial_category", plan.initial.census());
                tally.census("ssd_cp_plans.cppl_cp_plan_latest_category", plan.latest.census());
            }
            context.rowsWritten("cp_registration", writer.rows());
        }
    }

    private static void category(GroundTruthTally tally, Coded code, String column, String field) {
        if (code.unmapped()) {
            tally.unmapped(column);
        }
        if (code.census() == null) {
            tally.missing(field);
        }
    }

    /** Active plans by latest category (NONE = no or unmapped category), reg_ids ascending. */
    Map<String, List<Integer>> activeByCategory() {
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        CATEGORY_KEYS.forEach(key -> byCategory.put(key, new ArrayList<>()));
        for (CpPlan plan : plans) {
            if (plan.active(context.asOfDay())) {
                byCategory.get(plan.latest.census() == null ? "NONE" : plan.latest.census()).add(plan.id);
            }
        }
        return byCategory;
    }

    long activeExcludingOla() {
        return plans.stream().filter(p -> p.active(context.asOfDay()) && !p.heldForAnotherAuthority()).count();
    }

    List<Integer> childrenWithMultipleActivePlans() {
        Map<Integer, Integer> perSurvivor = new TreeMap<>();
        plans.stream().filter(p -> p.active(context.asOfDay())).forEach(p -> perSurvivor.merge(p.survivor, 1, Integer::sum));
        return perSurvivor.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    static Map<Integer, CpPlan> byId(List<CpPlan> plans) {
        Map<Integer, CpPlan> map = new HashMap<>();
        plans.forEach(plan -> map.put(plan.id, plan));
        return map;
    }
}
