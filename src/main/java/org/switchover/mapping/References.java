package org.switchover.mapping;

/**
 * What a mapping may look up while it transforms a row: where a legacy client's merge chain
 * ends, and which keys the target already holds. The database implementation reads both
 * once per run; fixtures supply them inline.
 */
public interface References {
    /** The special reference name for "the surviving person of this client_no". */
    String PERSON = "person";

    /** How a client_no's merge chain ends. */
    enum Chain {
        /** The client is a survivor itself (merged_into is NULL). */
        SURVIVOR,
        /** The client was merged into another, and the chain ends at a survivor. */
        MERGED,
        /** The chain loops or ends at a client that does not exist. */
        BROKEN,
        /** No client has this number (0, -1 and unknown numbers). */
        MISSING
    }

    Chain chain(String clientNo);

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

    /** One reference with its fetch column fixed: key in, target value (or null) out. */
    @FunctionalInterface
    interface Lookup {
        String find(String key);
    }
}
