package org.switchover.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's fixed sections (the JSON contract's openDutyCases, openReferrals, activeCpPlans) and the checks they are built from. */
public final class ReportSections {
    /** Open duty cases: key referral id; values legacy_ref, referral_date, team. */
    static final String OPEN_DUTY_CASES = "openDutyCases";
    /** Every open referral: key referral id; values legacy_ref, referral_date, team. */
    static final String OPEN_REFERRALS = "openReferrals";
    /** Open cases whose allocated worker has left: key referral id. */
    static final String LEFT_WORKERS = "open-cases-left-workers";
    /** Active CP plans: key reg_id; values legacy_ref, latest_category, ola, latest_review. */
    static final String ACTIVE_CP_PLANS = "activeCpPlans";
    /** Children with more than one active plan: key legacy_ref. */
    static final String MULTIPLE_ACTIVE = "multiple-active-cp-plans";
    /**
     * The report's headline sections, in its order, with what a refusal calls each. Which check feeds a section (and so
     * its SQL on each side) is the project's: the check file says {@code headline: openDutyCases}. A headline's legacy
     * side is the legacy truth (legacy = migrated + not migrated).
     */
    public static final Map<String, String> HEADLINE_SECTIONS = headlineSections();
    /**
     * The headlines the migration exists to prove: every open duty case and every active CP plan arrived. A check set that
     * feeds either of them with no check shows nothing about it, so its reconciliation is never GO (open referrals are the
     * project's choice).
     */
    static final List<String> REQUIRED_HEADLINES = List.of(OPEN_DUTY_CASES, ACTIVE_CP_PLANS);
    /** Category key for a plan with no (or no mapped) latest category. */
    static final String NO_CATEGORY = "NONE";
    /** The census categories of abuse, in the order the report shows them, then plans with none. */
    static final List<String> CATEGORIES = List.of("NEG", "PHY", "SAB", "EMO", "MUL", NO_CATEGORY);

    private ReportSections() {
    }

    private static Map<String, String> headlineSections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(OPEN_DUTY_CASES, "open duty cases");
        sections.put(OPEN_REFERRALS, "open referrals");
        sections.put(ACTIVE_CP_PLANS, "active CP plans");
        return java.util.Collections.unmodifiableMap(sections);
    }

    /**
     * Why a reconciliation of {@code checks} is partial for lack of a required headline, to be shown as its verdict's
     * reason; null when some check feeds each.
     */
    static String uncheckedHeadlines(List<CheckDefinition> checks) {
        List<String> unfed = REQUIRED_HEADLINES.stream()
                .filter(section -> checks.stream().noneMatch(check -> section.equals(check.headline()))).toList();
        if (unfed.isEmpty()) {
            return null;
        }
        return "PARTIAL: no check of this set feeds the " + String.join(" or the ", unfed.stream().map(HEADLINE_SECTIONS::get).toList())
                + " headline (" + String.join(", ", unfed.stream().map(section -> "headline: " + section).toList()) + "), so the report "
                + "cannot show that every one of them arrived; a reconciliation without it is never GO and never signable.";
    }

    /** The outcomes that feed a headline, in the report's order of sections. */
    static List<CheckOutcome> headlines(List<CheckOutcome> outcomes) {
        return HEADLINE_SECTIONS.keySet().stream().flatMap(section -> headline(outcomes, section).stream()).toList();
    }

    /** The outcome of the check that feeds {@code section}, if the project has one. */
    static java.util.Optional<CheckOutcome> headline(List<CheckOutcome> outcomes, String section) {
        return outcomes.stream().filter(o -> section.equals(o.check().headline())).findFirst();
    }
}
