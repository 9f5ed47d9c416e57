package org.switchover.generate;

/**
 * How often each known data-quality defect is written. Each rate is a share of the rows it applies to;
 * any rate above zero gives at least one occurrence, so every defect shows up even at small scales.
 */
public record DefectRates(
        double duplicateClient,
        double mergeChain,
        double brokenMergeChain,
        double unknownClient,
        double contactWithoutClient,
        double zeroDate,
        double unknownDateText,
        double unparseableDate,
        double twoDigitYear,
        double danglingReference,
        double danglingOptionalLink,
        double lowerCaseCode,
        double unmappedCode,
        double nulInText,
        double windows1252Punctuation,
        double oversizedNote,
        double placeholderWorker,
        double leftWorkerAllocation,
        double multipleActivePlans,
        double reviewBeforePlanStart,
        double recordedDeath,
        double noteAfterDeath,
        double closedWithoutDate,
        double invalidNhsNumber) {

    /** Share of clients that are merged duplicates of another client. */
    public static final double DUPLICATE_CLIENT = 0.03;
    /** Share of duplicates merged into another duplicate (a chain of length 2 or more). */
    public static final double MERGE_CHAIN = 0.15;
    /** Share of duplicates whose chain is broken: half loop, half end at a client that does not exist. */
    public static final double BROKEN_MERGE_CHAIN = 0.04;
    /** Share of child-table rows whose client_no is 0, -1 or a client that does not exist. */
    public static final double UNKNOWN_CLIENT = 0.01;
    /** Share of front-door contacts (not leading to a referral) recorded without a known client. */
    public static final double CONTACT_WITHOUT_CLIENT = 0.03;
    /** Share of DATE/DATETIME values (and free-text dates) written as a zero date. */
    public static final double ZERO_DATE = 0.01;
    /** Share of free-text dates written as UNK or ''. */
    public static final double UNKNOWN_DATE_TEXT = 0.02;
    /** Share of free-text dates written as text no rule can parse. */
    public static final double UNPARSEABLE_DATE = 0.005;
    /** Share of free-text dates written with a two-digit year. */
    public static final double TWO_DIGIT_YEAR = 0.10;
    /** Share of required references (assessment/s47 ref_id, cp_review.reg_id) pointing at no row. */
    public static final double DANGLING_REFERENCE = 0.01;
    /** Share of optional links (referral.contact_id, cp_registration.s47_id, allocation.ref_id) pointing at no row. */
    public static final double DANGLING_OPTIONAL_LINK = 0.01;
    /** Share of codes written in lower case. */
    public static final double LOWER_CASE_CODE = 0.10;
    /** Share of coded values with no census equivalent. */
    public static final double UNMAPPED_CODE = 0.01;
    /** Share of client names and case-note bodies containing NUL bytes. */
    public static final double NUL_IN_TEXT = 0.003;
    /** Share of case-note bodies with Windows-1252 punctuation (curly quotes, dashes, euro sign). */
    public static final double WINDOWS_1252_PUNCTUATION = 0.15;
    /** Share of case notes longer than 64 KB. */
    public static final double OVERSIZED_NOTE = 0.0005;
    /** Share of worker references (referral, assessment, s47, case-note author) that are placeholders. */
    public static final double PLACEHOLDER_WORKER = 0.02;
    /** Share of open KEY allocations held by a worker who has left. */
    public static final double LEFT_WORKER_ALLOCATION = 0.03;
    /** Share of CP registrations that are a second open plan for a child who already has one. */
    public static final double MULTIPLE_ACTIVE_PLANS = 0.005;
    /** Share of CP reviews dated before their plan started. */
    public static final double REVIEW_BEFORE_PLAN_START = 0.02;
    /** Share of clients with a recorded date of death. */
    public static final double RECORDED_DEATH = 0.003;
    /** Share of case notes dated after their client's recorded death. */
    public static final double NOTE_AFTER_DEATH = 0.0005;
    /** Share of closed referrals with status CLOSED… but no close_dt. */
    public static final double CLOSED_WITHOUT_DATE = 0.01;
    /** Share of NHS numbers that are not 10 digits. */
    public static final double INVALID_NHS_NUMBER = 0.02;

    public DefectRates {
        double[] all = {duplicateClient, mergeChain, brokenMergeChain, unknownClient, contactWithoutClient, zeroDate,
                unknownDateText, unparseableDate, twoDigitYear, danglingReference, danglingOptionalLink, lowerCaseCode,
                unmappedCode, nulInText, windows1252Punctuation, oversizedNote, placeholderWorker, leftWorkerAllocation,
                multipleActivePlans, reviewBeforePlanStart, recordedDeath, noteAfterDeath, closedWithoutDate, invalidNhsNumber};
        for (double rate : all) {
            if (!(rate >= 0 && rate <= 0.5)) {
                throw new IllegalArgumentException("defect rates must lie between 0 and 0.5, got " + rate);
            }
        }
    }

    /** The default rates: roughly what a real county extract shows. */
    public static DefectRates defaults() {
        return new DefectRates(DUPLICATE_CLIENT, MERGE_CHAIN, BROKEN_MERGE_CHAIN, UNKNOWN_CLIENT, CONTACT_WITHOUT_CLIENT,
                ZERO_DATE, UNKNOWN_DATE_TEXT, UNPARSEABLE_DATE, TWO_DIGIT_YEAR, DANGLING_REFERENCE, DANGLING_OPTIONAL_LINK,
                LOWER_CASE_CODE, UNMAPPED_CODE, NUL_IN_TEXT, WINDOWS_1252_PUNCTUATION, OVERSIZED_NOTE, PLACEHOLDER_WORKER,
                LEFT_WORKER_ALLOCATION, MULTIPLE_ACTIVE_PLANS, REVIEW_BEFORE_PLAN_START, RECORDED_DEATH, NOTE_AFTER_DEATH,
                CLOSED_WITHOUT_DATE, INVALID_NHS_NUMBER);
    }

    /** No defects at all: clean data (useful to isolate one defect by setting only its rate). */
    public static DefectRates none() {
        return new DefectRates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The names --defect-rate accepts: the record's components, e.g. zeroDate, unmappedCode. */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(DefectRates.class.getRecordComponents()).map(c -> c.getName()).toList();
    }

    /**
     * These rates with some overridden by name (the CLI's --defect-rate NAME=RATE). Reads the record's
     * components once at configuration time, so a new defect needs no change here.
     */
    public DefectRates with(java.util.Map<String, Double> overrides) {
        java.util.List<String> known = names();
        for (String name : overrides.keySet()) {
            if (!known.contains(name)) {
                throw new org.switchover.config.ConfigurationException("unknown defect rate '" + name + "'; known: " + known);
            }
        }
        var components = DefectRates.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Double override = overrides.get(components[i].getName());
                values[i] = override != null ? override : components[i].getAccessor().invoke(this);
                types[i] = double.class;
            }
            return DefectRates.class.getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new org.switchover.config.ConfigurationException("--defect-rate: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
