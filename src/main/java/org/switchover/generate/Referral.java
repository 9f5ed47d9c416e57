package org.switchover.generate;

/** One planned referral: what is written to the referral row and what later tables and the ground truth need. */
final class Referral {
    int id;
    int clientNo;
    int survivor;
    int refDay;
    boolean zeroRefDate;
    boolean nfa;
    boolean open;
    /** Close date as written, or -1 (open, or closed without a date). */
    int closeDay = -1;
    /** The day work ended (also for CLOSED referrals written without close_dt). */
    int endDay = -1;
    boolean closedWithoutDate;
    boolean dutyPlanned;
    /** 0 = no contact; a number above the contact ids = a dangling link. */
    int contactId;
    boolean danglingContact;
    String status;
    Coded source;
    Coded need;
    String closeReason;
    boolean closeReasonUnmapped;
    /** The census closure reason rule 7 gives (from CLOSED:RCn or close_reason), or null. */
    String closureCensus;
    /** The day of updated_dt: a CLOSED referral without close_dt closes on it in the target (rule 7). */
    int updatedDay = -1;
    int cinStart = -1;
    int cinEnd = -1;
    String team;
    String worker;

    boolean loaded() {
        return survivor > 0;
    }

    /** The README's "open": close_dt NULL and status neither NFA nor CLOSED…. */
    boolean openByRules() {
        return closeDay < 0 && !"NFA".equals(status) && !status.startsWith("CLOSED");
    }
}
