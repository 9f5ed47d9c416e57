package org.switchover.mapping;

import org.switchover.mapping.MappingFile.RowRule;
import org.switchover.transform.PlaceholderWorkers;

import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The named conditions that exclusion and reject rules use: {@code when: { PREDICATE: COLUMN }}, or for a
 * predicate that looks the value up, {@code when: { PREDICATE: { column: COLUMN, ref: REFERENCE } }} where the
 * reference is a target table or {@code person}, as in a column's {@code ref}; a comparison names its constant,
 * {@code when: { equals: { column: COLUMN, value: VALUE } }}. No predicate names a table.
 */
public final class RowPredicates {

    /** What a predicate reads besides the value. */
    enum Uses {
        /** The value alone. */
        NOTHING,
        /** The person's legacy merge chains (the mapping declared {@code role: person}). */
        MERGE_CHAINS,
        /** The loaded persons: the target of the mapping declared {@code role: person}. */
        PERSON,
        /** The reference the rule names ({@code ref:}). */
        RULE_REFERENCE,
        /** The constant the rule names ({@code value:}). */
        RULE_VALUE
    }

    /** The test of a predicate: the row's value, the references, and the rule's {@code ref} or {@code value} (null unless it takes one). */
    @FunctionalInterface
    interface Test {
        boolean test(String value, References refs, String ref);
    }

    private static final Map<String, Entry> PREDICATES = Map.of( // keep the docs one line each
            "equals", new Entry("the column, trimmed, equals `value` (any case)", Uses.RULE_VALUE,
                    (value, refs, constant) -> value != null && value.trim().equalsIgnoreCase(constant)),
            "not_equals", new Entry("the column, trimmed, is NULL or differs from `value` (any case)", Uses.RULE_VALUE,
                    (value, refs, constant) -> value == null || !value.trim().equalsIgnoreCase(constant)),
            "is_null", new Entry("the column is NULL or blank", Uses.NOTHING, (value, refs, ref) -> value == null || value.isBlank()),
            "not_null", new Entry("the column has a non-blank value", Uses.NOTHING, (value, refs, ref) -> value != null && !value.isBlank()),
            "placeholder_worker", new Entry("the worker code is a placeholder (UNALLOC or DUTY-*), not a person", Uses.NOTHING,
                    (value, refs, ref) -> PlaceholderWorkers.isPlaceholder(value)),
            "merged_duplicate", new Entry("the person was merged into another and its chain ends at a survivor", Uses.MERGE_CHAINS,
                    (value, refs, ref) -> refs.chain(value) == References.Chain.MERGED),
            "merge_chain_broken", new Entry("the person's merge chain loops or ends at a missing person", Uses.MERGE_CHAINS,
                    (value, refs, ref) -> refs.chain(value) == References.Chain.BROKEN),
            "unknown_person", new Entry("the value does not lead to a loaded person (0, -1, missing, rejected)", Uses.PERSON,
                    (value, refs, ref) -> unknown(value, refs, References.PERSON)),
            "unknown_reference", new Entry("the value is not a key of the loaded rows of `ref` (missing or rejected)",
                    Uses.RULE_REFERENCE, (value, refs, ref) -> unknown(value, refs, ref)));

    private RowPredicates() {
    }

    /** A predicate with its one-line doc. */
    record Entry(String doc, Uses uses, Test test) {
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

    static Uses uses(String name) {
        return PREDICATES.get(name).uses();
    }

    /**
     * The reference a rule looks values up in (a target table or {@code person}), or null: a rule's
     * reference is loaded before its mapping, like a column's.
     */
    static String reference(RowRule rule) {
        return switch (uses(rule.predicate())) {
            case PERSON -> References.PERSON;
            case RULE_REFERENCE -> rule.ref();
            case NOTHING, MERGE_CHAINS, RULE_VALUE -> null;
        };
    }

    /** The rule's predicate, for callers that test it on every row. */
    static BiPredicate<String, References> predicate(RowRule rule) {
        Test test = PREDICATES.get(rule.predicate()).test();
        String argument = uses(rule.predicate()) == Uses.RULE_VALUE ? rule.value() : rule.ref();
        return (value, refs) -> test.test(value, refs, argument);
    }

    private static boolean unknown(String value, References refs, String reference) {
        return value == null || refs.lookup(reference, null, value) == null;
    }
}
