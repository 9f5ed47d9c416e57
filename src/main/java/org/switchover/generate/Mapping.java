package org.switchover.generate;

import java.util.List;

/** The mappings of the README table, each with its exclusion rules and reject reasons in check order. */
enum Mapping {
    DEPARTMENT("team", "ssd_department", List.of(), List.of()),
    PROFESSIONALS("staff", "ssd_professionals", List.of("placeholder_worker"), List.of()),
    PERSON("client", "ssd_person", List.of("merged_duplicate"), List.of("merge_chain_broken")),
    ADDRESS("client", "ssd_address", List.of("merged_duplicate"), List.of("merge_chain_broken")),
    DISABILITY("client", "ssd_disability", List.of("merged_duplicate", "duplicate_code"), List.of("merge_chain_broken", "unmapped_code")),
    CONTACTS("contact_log", "ssd_contacts", List.of(), List.of("unknown_client")),
    CIN_EPISODES("referral", "ssd_cin_episodes", List.of(), List.of("unknown_client")),
    CIN_PLANS("referral", "ssd_cin_plans", List.of("no_cin_plan"), List.of("unknown_client")),
    CIN_ASSESSMENTS("assessment", "ssd_cin_assessments", List.of(), List.of("unknown_client", "unknown_referral")),
    ASSESSMENT_FACTORS("assessment", "ssd_assessment_factors", List.of("duplicate_code"), List.of("unknown_client", "unknown_referral", "unmapped_code")),
    S47_ENQUIRY("s47_icpc", "ssd_s47_enquiry", List.of(), List.of("unknown_client", "unknown_referral")),
    INITIAL_CP_CONFERENCE("s47_icpc", "ssd_initial_cp_conference", List.of("no_icpc"), List.of("unknown_client", "unknown_referral")),
    CP_PLANS("cp_registration", "ssd_cp_plans", List.of(), List.of("unknown_client")),
    CP_REVIEWS("cp_review", "ssd_cp_reviews", List.of(), List.of("unknown_cp_plan")),
    CLA_EPISODES("lac_episode", "ssd_cla_episodes", List.of(), List.of("unknown_client")),
    INVOLVEMENTS("allocation", "ssd_involvements", List.of(), List.of("unknown_client")),
    CASE_NOTES("case_note", "ssd_case_notes", List.of(), List.of("unknown_client"));

    private final String legacyTable;
    private final String targetTable;
    private final List<String> exclusionRules;
    private final List<String> rejectReasons;

    Mapping(String legacyTable, String targetTable, List<String> exclusionRules, List<String> rejectReasons) {
        this.legacyTable = legacyTable;
        this.targetTable = targetTable;
        this.exclusionRules = exclusionRules;
        this.rejectReasons = rejectReasons;
    }

    /** The ground truth key, e.g. "client->ssd_person". */
    String key() {
        return legacyTable + "->" + targetTable;
    }

    List<String> exclusionRules() {
        return exclusionRules;
    }

    List<String> rejectReasons() {
        return rejectReasons;
    }
}
