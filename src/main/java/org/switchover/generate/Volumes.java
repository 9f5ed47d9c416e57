package org.switchover.generate;

/**
 * Rows per table at a given scale, in the proportions of a county's 20-year extract. Teams and staff are
 * a fixed-size workforce at every scale; every other table is linear in scale with a minimum of one row.
 */
record Volumes(int teams, int staff, int clients, int contacts, int referrals, int assessments, int s47s,
               int registrations, int reviews, int lacEpisodes, int allocations, int caseNotes) {
    static final int TEAMS = 40;
    static final int STAFF = 600;
    static final int CLIENTS = 60_000;
    static final int CONTACTS = 150_000;
    static final int REFERRALS = 70_000;
    static final int ASSESSMENTS = 55_000;
    static final int S47S = 12_000;
    static final int REGISTRATIONS = 5_000;
    static final int REVIEWS = 15_000;
    static final int LAC_EPISODES = 6_000;
    static final int ALLOCATIONS = 90_000;
    static final int CASE_NOTES = 535_000;
    /** The fewest clients that still leave room for duplicates, chains and loops. */
    static final int MIN_CLIENTS = 40;

    static Volumes at(double scale) {
        return new Volumes(TEAMS, STAFF, Math.max(MIN_CLIENTS, scaled(CLIENTS, scale)), scaled(CONTACTS, scale),
                scaled(REFERRALS, scale), scaled(ASSESSMENTS, scale), scaled(S47S, scale), scaled(REGISTRATIONS, scale),
                scaled(REVIEWS, scale), scaled(LAC_EPISODES, scale), scaled(ALLOCATIONS, scale), scaled(CASE_NOTES, scale));
    }

    private static int scaled(int base, double scale) {
        return (int) Math.max(1, Math.round(base * scale));
    }
}
