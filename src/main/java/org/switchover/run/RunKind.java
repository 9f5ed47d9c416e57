package org.switchover.run;

/** What a run was for; the text is what migration.run.kind holds. */
public enum RunKind {
    DRY_RUN("dry-run"),
    FINAL_LOAD("final-load"),
    DELTA("delta");

    private final String text;

    RunKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
