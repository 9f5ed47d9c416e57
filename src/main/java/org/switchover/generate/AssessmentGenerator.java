package org.switchover.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes assessment (single assessments of accepted referrals) and decides the fate of each row and factor. */
final class AssessmentGenerator {
    static final double NO_FACTORS = 0.10;
    private static final List<String> OUTCOMES = List.of("CIN plan", "Step down to early help", "Strategy discussion",
            "NFA", "Continue assessment", "Refer to CP conference");

    private final GenerationContext context;
    private final SplittableRandom random;
    private final Vocabulary codes;

    AssessmentGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("assessment");
        this.codes = new Vocabulary(random, context.rates().lowerCaseCode());
    }

    void generate(ClientRegistry clients, Workforce workforce, List<Referral> accepted) {
        int n = context.volumes().assessments();
        DefectRates rates = context.rates();
        Quota unknownClient = new Quota(rates.unknownClient(), n);
        Quota dangling = new Quota(rates.danglingReference(), n);
        Quota zeroDate = new Quota(rates.zeroDate(), n);
        Quota unmappedSeen = new Quota(rates.unmappedCode(), n);
        Quota unmappedFactor = new Quota(rates.unmappedCode(), n);
        Quota duplicateFactor = new Quota(rates.unmappedCode(), n);
        Quota placeholder = new Quota(rates.placeholderWorker(), n);
        GroundTruthTally tally = context.tally();
        tally.trackLossy("assessment.start_dt");
        tally.trackUnmapped("assessment.child_seen", "assessment.factors");
        try (TableWriter writer = context.writer("assessment")) {
            for (int id = 1; id <= n; id++) {
                Referral r = accepted.get(random.nextInt(accepted.size()));
                int clientNo = unknownClient.next(random) ? clients.unknown(random) : r.clientNo;
                boolean danglingRef = dangling.next(random);
                int start = Math.min(context.asOfDay(), r.refDay + 1 + random.nextInt(30));
                int complete = start + 10 + random.nextInt(40);
                int auth = complete + random.nextInt(10);
                boolean zero = zeroDate.next(random);
                Coded seen = codes.childSeen(unmappedSeen.next(random));
                List<Coded> factors = factors(unmappedFactor.next(random), duplicateFactor.next(random));
                writer.row(id, danglingRef ? AllocationGenerator.MISSING_REFERRAL_BASE + id : r.id, clientNo,
                        zero ? Days.ZERO_DATE : Days.date(start), complete <= context.asOfDay() ? Days.date(complete) : null,
                        auth <= context.asOfDay() ? Days.date(auth) : null, seen.raw(), Coded.joined(factors, random),
                        codes.pick(OUTCOMES), workforce.worker(random, placeholder.next(random)),
                        context.updated(Math.min(auth, context.asOfDay()), random));
                String fate = clients.survivorOf(clientNo) == 0 ? "unknown_client"
                        : danglingRef || !r.loaded() ? "unknown_referral" : null;
                tally.fate(Mapping.CIN_ASSESSMENTS, fate);
                tallyFactors(tally, fate, factors);
                if (fate == null) {
                    if (zero) {
                        tally.lossy("assessment.start_dt");
                    }
                    if (seen.unmapped()) {
                        tally.unmapped("assessment.child_seen");
                    }
                }
            }
            context.rowsWritten("assessment", writer.rows());
        }
    }

    /** Per item: a repeated code is excluded first, then the assessment's own reject, then unmapped codes. */
    private static void tallyFactors(GroundTruthTally tally, String assessmentFate, List<Coded> factors) {
        List<String> seen = new ArrayList<>();
        for (Coded item : factors) {
            boolean duplicate = item.census() != null && seen.contains(item.census());
            String fate = duplicate ? "duplicate_code" : assessmentFate != null ? assessmentFate : item.unmapped() ? "unmapped_code" : null;
            tally.fate(Mapping.ASSESSMENT_FACTORS, fate);
            if (fate == null) {
                tally.census("ssd_assessment_factors.cinf_factor_code", item.census());
            }
            if (assessmentFate == null && !duplicate && item.unmapped()) {
                tally.unmapped("assessment.factors");
            }
            if (item.census() != null) {
                seen.add(item.census());
            }
        }
    }

    private List<Coded> factors(boolean unmapped, boolean duplicate) {
        List<Coded> items = new ArrayList<>();
        if (!unmapped && !duplicate && random.nextDouble() < NO_FACTORS) {
            return items;
        }
        int count = 1 + random.nextInt(4);
        while (items.size() < count) {
            String code = codes.pick(Vocabulary.FACTORS);
            if (items.stream().noneMatch(item -> code.equals(item.census()))) {
                items.add(Coded.mapped(codes.anyCase(code), code));
            }
        }
        if (duplicate) {
            String again = items.get(random.nextInt(items.size())).census();
            items.add(Coded.mapped(again.toLowerCase(Locale.ROOT), again));
        }
        if (unmapped) {
            items.add(random.nextInt(items.size() + 1), Coded.unmappedCode(codes.pick(Vocabulary.FACTOR_UNMAPPED)));
        }
        return items;
    }
}
