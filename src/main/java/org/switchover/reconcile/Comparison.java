package org.switchover.reconcile;

import java.util.Arrays;
import java.util.Optional;

/** How the legacy and target sides of a check are compared. */
public enum Comparison {
    /** The two counts must be equal. */
    EQUAL_COUNTS("equal_counts"),
    /** The two sets of keys must be equal; keys found on one side only are listed. */
    EQUAL_KEYS("equal_keys"),
    /** One side's count must not exceed a maximum. */
    THRESHOLD("threshold"),
    /**
     * Legacy holds what the target was loaded from: per key (a legacy table and its target), FAIL when the legacy
     * count is 0 or below the target's, whatever the severity.
     */
    VOLUME("volume");

    private final String text;

    Comparison(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static Optional<Comparison> of(String text) {
        return Arrays.stream(values()).filter(c -> c.text.equals(text)).findFirst();
    }
}
