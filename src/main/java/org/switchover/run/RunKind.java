package org.switchover.run;

/** What a run was for; the text is what migration.run.kind holds. */
public enum RunKind {
    DRY_RUN("dry-run"),
    FINAL_LOAD("final-load"),
    DELTA("delta"),
    /** A partial load ({@code dry-run --only}): csc holds only some tables, so it is never signable. */
    SCRATCH("scratch");

    private final String text;

    RunKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /**
     * True for a final load: its run ends (SUCCEEDED) only after its reconciliation, so one killed while reconciling
     * is still RUNNING, shows as interrupted, and --resume continues with the reconciliation instead of reloading.
     */
    public boolean reconciledBeforeItEnds() {
        return this == FINAL_LOAD;
    }
}
