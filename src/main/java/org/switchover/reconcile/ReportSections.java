package org.switchover.reconcile;

import java.util.List;

/** The check ids the report's fixed sections are built from (the JSON contract's openDutyCases, openReferrals, activeCpPlans). */
final class ReportSections {
    /** Open duty cases: key referral id; values legacy_ref, referral_date, team. */
    static final String OPEN_DUTY_CASES = "open-duty-cases";
    /** Every open referral: key referral id; values legacy_ref, referral_date, team. */
    static final String OPEN_REFERRALS = "open-referrals";
    /** Open cases whose allocated worker has left: key referral id. */
    static final String LEFT_WORKERS = "open-cases-left-workers";
    /** Active CP plans: key reg_id; values legacy_ref, latest_category, ola, latest_review. */
    static final String ACTIVE_CP_PLANS = "active-cp-plans";
    /** Children with more than one active plan: key legacy_ref. */
    static final String MULTIPLE_ACTIVE = "multiple-active-cp-plans";
    /** The headlines, whose legacy side is the legacy truth (legacy = migrated + not migrated), in the report's order. */
    static final List<String> HEADLINES = List.of(OPEN_DUTY_CASES, OPEN_REFERRALS, ACTIVE_CP_PLANS);
    /** Category key for a plan with no (or no mapped) latest category. */
    static final String NO_CATEGORY = "NONE";
    /** The census categories of abuse, in the order the report shows them, then plans with none. */
    static final List<String> CATEGORIES = List.of("NEG", "PHY", "SAB", "EMO", "MUL", NO_CATEGORY);

    private ReportSections() {
    }
}
