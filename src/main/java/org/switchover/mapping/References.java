package org.switchover.mapping;

/**
 * What a mapping may look up while it transforms a row: where a legacy person's merge chain
 * ends, and which keys the target already holds. The database implementation reads both
 * once per run; fixtures supply them inline.
 */
public interface References {
    /**
     * The reference name for "the surviving person of this legacy key": the target of the mapping declared
     * {@code role: person}, reached through its merge chains.
     */
    String PERSON = "person";

    /** How a legacy person's merge chain ends. */
    enum Chain {
        /** The person is a survivor itself (not merged into another). */
        SURVIVOR,
        /** The person was merged into another, and the chain ends at a survivor. */
        MERGED,
        /** The chain loops or ends at a person that does not exist. */
        BROKEN,
        /** No legacy person has this key (0, -1 and unknown numbers). */
        MISSING
    }

    Chain chain(String personKey);

    /**
     * Tells these references which mapping is the person (its target, and where its merges are recorded) before
     * they are first used; {@link MappingSet#plans} does so, so whoever builds them needs no table names. The
     * inline references of a fixture need nothing.
     */
    default void declare(PersonMapping person) {
    }

    /**
     * Looks a key up in a reference: {@link #PERSON} gives the survivor's person id when that
     * person was loaded; a target table name gives the key itself (or the {@code fetch} column)
     * when the table holds it. Null means the reference points at nothing.
     */
    String lookup(String reference, String fetch, String key);

    /**
     * The same lookup with the reference and fetch column fixed, for a caller that asks once per row:
     * an implementation can resolve the reference once here and make each call a single probe.
     */
    default Lookup lookup(String reference, String fetch) {
        return key -> lookup(reference, fetch, key);
    }

    /**
     * A legacy lookup table ({@code lookup: { table, key, value }}): code in, the table's value out, null when it has
     * no such code. Fixtures give it inline under the table's name, like a target table with its fetch column.
     */
    default Lookup legacyLookup(MappingFile.LegacyLookup table) {
        return key -> lookup(table.table(), table.value(), key);
    }

    /** One reference with its fetch column fixed: key in, target value (or null) out. */
    @FunctionalInterface
    interface Lookup {
        String find(String key);
    }
}
