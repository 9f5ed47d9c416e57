package org.switchover.generate;

/**
 * A code as written to the legacy database and the census code the README's code map gives it:
 * census null means the target gets NULL, and {@code unmapped} says whether that counts as unmapped.
 */
record Coded(String raw, String census, boolean unmapped) {
    static final Coded NULL = new Coded(null, null, false);

    static Coded mapped(String raw, String census) {
        return new Coded(raw, census, false);
    }

    static Coded unmappedCode(String raw) {
        return new Coded(raw, null, true);
    }

    static Coded empty(String raw) {
        return new Coded(raw, null, false);
    }
}
