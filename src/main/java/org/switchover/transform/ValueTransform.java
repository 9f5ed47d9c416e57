package org.switchover.transform;

/**
 * A named, pure function from one or more legacy column values (as text, NULL as null) to one
 * target value. Mapping files refer to transforms by {@link #name()}; {@link #doc()} is the
 * one-line description `switchover validate` and the README list.
 */
public interface ValueTransform {
    String name();

    String doc();

    /** How many source columns it takes; -1 for any number (e.g. address lines). */
    int arity();

    Converted apply(String... inputs);

    /**
     * The legacy column types input {@code input} (0-based) may have; the preflight refuses a live column of
     * another type. By default any: a transform that reads its text as it is does not care.
     */
    default java.util.Set<LegacyType> accepts(int input) {
        return LegacyType.ANY;
    }
}
