package org.switchover.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes cp_review: review conferences with free-text dates, some before their plan began, some for no plan. */
final class CpReviewGenerator {
    static final int MISSING_PLAN_BASE = 60_000_000;
    /** Reviews fall due three months after the plan starts, then every six months. */
    static final int FIRST_REVIEW_DAYS = 90;
    static final int REVIEW_INTERVAL_DAYS = 180;

    private final GenerationContext context;
    private final SplittableRandom random;
    private final Vocabulary codes;

    CpReviewGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("cp_review");
        this.codes = new Vocabulary(random, context.rates().lowerCaseCode());
    }

    void generate(List<CpPlan> plans) {
        int n = context.volumes().reviews();
        DefectRates rates = context.rates();
        Quota dangling = new Quota(rates.danglingReference(), n);
        Quota beforeStart = new Quota(rates.reviewBeforePlanStart(), n);
        Quota unknownDate = new Quota(rates.unknownDateText(), n);
        Quota zeroDate = new Quota(rates.zeroDate(), n);
        Quota unparseable = new Quota(rates.unparseableDate(), n);
        Quota unmappedQuorate = new Quota(rates.unmappedCode(), n);
        Map<Integer, CpPlan> byId = CpPlanGenerator.byId(plans);
        GroundTruthTally tally = context.tally();
        tally.trackLossy("cp_review.review_dt");
        tally.trackUnmapped("cp_review.quorate_yn");
        try (TableWriter writer = context.writer("cp_review")) {
            for (int id = 1; id <= n; id++) {
                CpPlan plan = plans.get(random.nextInt(plans.size()));
                boolean danglingPlan = dangling.next(random);
                int regId = danglingPlan ? MISSING_PLAN_BASE + id : plan.id;
                int last = plan.deregDay < 0 ? context.asOfDay() : plan.deregDay;
                int day = beforeStart.next(random) ? plan.regDay - 1 - random.nextInt(60)
                        : Math.min(last, plan.regDay + FIRST_REVIEW_DAYS + REVIEW_INTERVAL_DAYS * random.nextInt(4));
                LocalDate date = LocalDate.ofEpochDay(day);
                FreeTextDate.Style style = FreeTextDate.style(random, unknownDate.next(random), zeroDate.next(random),
                        unparseable.next(random), rates.twoDigitYear(), FreeTextDate.shortYearSafe(date, context.asOf()));
                FreeTextDate reviewDate = FreeTextDate.of(date, style, random);
                double p = random.nextDouble();
                Coded quorate = codes.quorate(unmappedQuorate.next(random));
                writer.row(id, regId, reviewDate.text(), p < 0.8 ? "CONT" : p < 0.95 ? "DEREG" : null, quorate.raw(),
                        context.updated(Math.max(day, plan.regDay), random));
                CpPlan target = byId.get(regId);
                boolean loaded = target != null && target.loaded();
                tally.fate(Mapping.CP_REVIEWS, loaded ? null : "unknown_cp_plan");
                if (loaded && reviewDate.lossy()) {
                    tally.lossy("cp_review.review_dt");
                }
                if (loaded && quorate.unmapped()) {
                    tally.unmapped("cp_review.quorate_yn");
                }
            }
            context.rowsWritten("cp_review", writer.rows());
        }
    }
}
