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

    /** The items as a legacy comma list, with the spacing after each comma varying as it does in real extracts. */
    static String joined(java.util.List<Coded> items, java.util.SplittableRandom random) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder list = new StringBuilder();
        for (Coded item : items) {
            list.append(list.length() == 0 ? "" : random.nextBoolean() ? "," : ", ").append(item.raw());
        }
        return list.toString();
    }
}
