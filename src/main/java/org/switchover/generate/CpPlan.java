package org.switchover.generate;

/** One planned cp_registration row (a child protection plan) and what the ground truth needs of it. */
final class CpPlan {
    int id;
    int clientNo;
    int survivor;
    Integer s47Id;
    boolean danglingS47;
    int regDay;
    boolean zeroRegDate;
    int deregDay = -1;
    Coded initial;
    Coded latest;
    String status;
    String olaFlag;

    boolean loaded() {
        return survivor > 0;
    }

    /** The README's active plan that migrates: loaded, REG or TEMP, no end date or one after the extract date. */
    boolean active(int asOfDay) {
        return loaded() && activeInLegacy(asOfDay);
    }

    /** Active in legacy, whatever the state of its client: REG or TEMP, no end date or one after the extract date. */
    boolean activeInLegacy(int asOfDay) {
        return ("REG".equals(status) || "TEMP".equals(status)) && (deregDay < 0 || deregDay > asOfDay);
    }

    boolean heldForAnotherAuthority() {
        return "Y".equals(olaFlag) || "TEMP".equals(status);
    }
}
