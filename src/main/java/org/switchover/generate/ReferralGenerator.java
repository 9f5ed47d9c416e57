package org.switchover.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Plans the referrals (ids in date order), has their contacts written, then writes the referral table. */
final class ReferralGenerator {
    static final double NFA_SHARE = 0.20;
    /** Mean days a referral stays open: sets how many are open at the extract date. */
    static final double MEAN_OPEN_DAYS = 220;
    /** Share of open referrals on duty (no allocated worker): recent ones far more often. */
    static final double DUTY_SHARE_RECENT = 0.35;
    static final double DUTY_SHARE_OLDER = 0.03;
    static final int RECENT_DAYS = 20;
    static final double WITH_CONTACT = 0.85;
    static final double WITH_CIN_PLAN = 0.30;
    static final int MISSING_CONTACT_BASE = 90_000_000;

    private final GenerationContext context;
    private final SplittableRandom random;
    private final Vocabulary codes;

    ReferralGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("referral");
        this.codes = new Vocabulary(random, context.rates().lowerCaseCode());
    }

    List<Referral> generate(ClientRegistry clients, Workforce workforce) {
        List<Referral> referrals = plan(clients, workforce);
        new ContactGenerator(context).write(clients, workforce, referrals);
        write(referrals);
        return referrals;
    }

    private List<Referral> plan(ClientRegistry clients, Workforce workforce) {
        int n = context.volumes().referrals();
        DefectRates rates = context.rates();
        Quota unknownClient = new Quota(rates.unknownClient(), n);
        Quota zeroDate = new Quota(rates.zeroDate(), n);
        Quota unmappedSource = new Quota(rates.unmappedCode(), n);
        Quota unmappedNeed = new Quota(rates.unmappedCode(), n);
        Quota unmappedClose = new Quota(rates.unmappedCode(), n);
        Quota withoutDate = new Quota(rates.closedWithoutDate(), n);
        Quota placeholder = new Quota(rates.placeholderWorker(), n);
        Quota dangling = new Quota(rates.danglingOptionalLink(), n);
        List<Referral> referrals = new ArrayList<>(n);
        boolean pendingWithoutDate = false;
        boolean pendingUnmappedClose = false;
        for (int i = 0; i < n; i++) {
            Referral r = new Referral();
            int client = clients.random(random);
            r.clientNo = unknownClient.next(random) ? clients.unknown(random) : client;
            r.survivor = clients.survivorOf(r.clientNo);
            r.refDay = Days.between(clients.createdDay[client], context.asOfDay(), random);
            r.zeroRefDate = zeroDate.next(random);
            r.source = codes.source(unmappedSource.next(random));
            r.need = codes.need(unmappedNeed.next(random));
            r.nfa = random.nextDouble() < NFA_SHARE;
            pendingWithoutDate |= withoutDate.next(random);
            pendingUnmappedClose |= unmappedClose.next(random);
            r.team = workforce.caseTeams.get(random.nextInt(workforce.caseTeams.size()));
            r.worker = random.nextDouble() < 0.1 ? null : workforce.worker(random, placeholder.next(random));
            r.danglingContact = dangling.next(random);
            r.contactId = random.nextDouble() < WITH_CONTACT ? -1 : 0;
            if (r.nfa) {
                r.status = "NFA";
                r.closeDay = random.nextDouble() < 0.7 ? r.refDay : -1;
                r.endDay = r.refDay;
            } else {
                int duration = 1 + (int) (-MEAN_OPEN_DAYS * Math.log(1 - random.nextDouble()));
                r.open = r.refDay + duration > context.asOfDay();
                r.endDay = r.open ? -1 : r.refDay + duration;
                if (r.open) {
                    double dutyShare = context.asOfDay() - r.refDay < RECENT_DAYS ? DUTY_SHARE_RECENT : DUTY_SHARE_OLDER;
                    r.dutyPlanned = random.nextDouble() < dutyShare;
                    // the status field is not reliable: it says OPEN-DUTY or ALLOC, mostly but not always right
                    boolean statusSaysDuty = r.dutyPlanned ? random.nextDouble() < 0.85 : random.nextDouble() < 0.05;
                    r.status = statusSaysDuty ? "OPEN-DUTY" : "ALLOC";
                    if (r.dutyPlanned) {
                        r.team = workforce.dutyTeams.get(random.nextInt(workforce.dutyTeams.size()));
                    }
                } else {
                    close(r, pendingWithoutDate, pendingUnmappedClose);
                    pendingWithoutDate &= !r.closedWithoutDate;
                    pendingUnmappedClose &= !r.closeReasonUnmapped;
                }
                if (random.nextDouble() < WITH_CIN_PLAN) {
                    int start = r.refDay + 20 + random.nextInt(40);
                    if (start <= context.asOfDay() && (r.open || start <= r.endDay)) {
                        r.cinStart = start;
                        r.cinEnd = r.open ? -1 : r.endDay;
                    }
                }
            }
            referrals.add(r);
        }
        referrals.sort(Comparator.comparingInt(r -> r.refDay));
        for (int i = 0; i < referrals.size(); i++) {
            referrals.get(i).id = i + 1;
        }
        return referrals;
    }

    private void close(Referral r, boolean withoutDate, boolean unmappedReason) {
        r.closedWithoutDate = withoutDate;
        r.closeDay = withoutDate ? -1 : r.endDay;
        String reason = "RC" + (1 + random.nextInt(9));
        if (random.nextBoolean() && !unmappedReason) {
            r.status = "CLOSED:" + reason;
            r.closureCensus = reason;
            return;
        }
        r.status = "CLOSED";
        if (unmappedReason) {
            r.closeReason = codes.pick(Vocabulary.CLOSE_TEXT_UNMAPPED);
            r.closeReasonUnmapped = true;
        } else if (random.nextDouble() < 0.7) {
            r.closeReason = codes.anyCase(reason);
            r.closureCensus = reason;
        }
    }

    private void write(List<Referral> referrals) {
        GroundTruthTally tally = context.tally();
        tally.trackLossy("referral.ref_dt", "referral.close_dt");
        tally.trackUnmapped("referral.source_cd", "referral.need_cd", "referral.close_reason");
        try (TableWriter writer = context.writer("referral")) {
            for (Referral r : referrals) {
                Integer contact = r.danglingContact ? Integer.valueOf(MISSING_CONTACT_BASE + r.id) : r.contactId > 0 ? Integer.valueOf(r.contactId) : null;
                int lastDay = Math.max(r.refDay, Math.max(r.endDay, r.cinStart));
                r.updatedDay = context.updatedDay(lastDay, random);
                writer.row(r.id, r.clientNo, contact, r.zeroRefDate ? Days.ZERO_DATE : Days.date(r.refDay),
                        r.source.raw(), r.need.raw(), r.status, Days.dateOrNull(r.closeDay), r.closeReason,
                        Days.dateOrNull(r.cinStart), Days.dateOrNull(r.cinEnd), r.team, r.worker,
                        Days.dateTime(r.updatedDay, random));
                tallyReferral(tally, r);
            }
            context.rowsWritten("referral", writer.rows());
        }
    }

    private static void tallyReferral(GroundTruthTally tally, Referral r) {
        tally.fate(Mapping.CIN_EPISODES, r.loaded() ? null : "unknown_client");
        tally.fate(Mapping.CIN_PLANS, r.cinStart < 0 ? "no_cin_plan" : r.loaded() ? null : "unknown_client");
        if (!r.loaded()) {
            return;
        }
        tally.census("ssd_cin_episodes.cine_referral_source_code", r.source.census());
        tally.census("ssd_cin_episodes.cine_cin_primary_need_code", r.need.census());
        tally.census("ssd_cin_episodes.cine_close_reason", r.closureCensus);
        if (r.zeroRefDate) {
            tally.lossy("referral.ref_dt");
            tally.missing("ssd_cin_episodes.cine_referral_date");
        }
        if (r.closedWithoutDate) {
            tally.lossy("referral.close_dt");
        }
        // A dangling contact_id is still planted, but the target has no contact link on a CIN episode,
        // so the column is not migrated at all and nothing is converted (README, optional references).
        if (r.source.unmapped()) {
            tally.unmapped("referral.source_cd");
        }
        if (r.source.census() == null) {
            tally.missing("ssd_cin_episodes.cine_referral_source_code");
        }
        if (r.need.unmapped()) {
            tally.unmapped("referral.need_cd");
        }
        if (!r.nfa && r.need.census() == null) {
            tally.missing("ssd_cin_episodes.cine_cin_primary_need_code");
        }
        if (r.closeReasonUnmapped) {
            tally.unmapped("referral.close_reason");
        }
    }
}
