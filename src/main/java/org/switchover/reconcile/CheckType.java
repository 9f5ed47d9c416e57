package org.switchover.reconcile;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of check: generic ones take parameters and bring their own SQL; custom ones name both SQL files. */
public enum CheckType {
    /** read / loaded / excluded / rejected of one mapping against the legacy row count and the target count. */
    MAPPING_COUNTS("mapping_counts"),
    /** A census-mandatory target field: rows where it is NULL, against the legacy rows that must give NULL. */
    NOT_NULL("not_null"),
    /** Target rows whose link column names no row of the parent table. */
    ORPHANS("orphans"),
    /** Any comparison, with both queries written by hand. */
    CUSTOM("custom");

    private final String text;

    CheckType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static Optional<CheckType> of(String text) {
        return Arrays.stream(values()).filter(t -> t.text.equals(text)).findFirst();
    }
}
