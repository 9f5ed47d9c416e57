package org.switchover.mapping;

import org.switchover.transform.PlaceholderWorkers;

import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** The named conditions that exclusion and reject rules use: `when: { PREDICATE: COLUMN }`. */
public final class RowPredicates {

    private static final Map<String, Entry> PREDICATES = Map.of( // keep the docs one line each
            "is_null", new Entry("the column is NULL or blank", (value, refs) -> value == null || value.isBlank()),
            "not_null", new Entry("the column has a non-blank value", (value, refs) -> value != null && !value.isBlank()),
            "placeholder_worker", new Entry("the worker code is a placeholder (UNALLOC or DUTY-*), not a person",
                    (value, refs) -> PlaceholderWorkers.isPlaceholder(value)),
            "merged_duplicate", new Entry("the client was merged into another and its chain ends at a survivor",
                    (value, refs) -> refs.chain(value) == References.Chain.MERGED),
            "merge_chain_broken", new Entry("the client's merge chain loops or ends at a missing client",
                    (value, refs) -> refs.chain(value) == References.Chain.BROKEN),
            "unknown_person", new Entry("the client_no does not lead to a loaded person (0, -1, missing, rejected)",
                    (value, refs) -> value == null || refs.lookup(References.PERSON, null, value) == null),
            "unknown_referral", new Entry("the ref_id is not a loaded CIN episode (missing or rejected)",
                    (value, refs) -> value == null || refs.lookup("ssd_cin_episodes", null, value) == null));

    private RowPredicates() {
    }

    /** A predicate with its one-line doc. */
    record Entry(String doc, BiPredicate<String, References> test) {
    }

    public static Set<String> names() {
        return PREDICATES.keySet();
    }

    public static String doc(String name) {
        return PREDICATES.get(name).doc();
    }

    static boolean exists(String name) {
        return PREDICATES.containsKey(name);
    }

    /** The named predicate itself, for callers that test it on every row. */
    static BiPredicate<String, References> predicate(String name) {
        return PREDICATES.get(name).test();
    }
}
