package org.switchover.mapping;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One mapping file as written: which legacy table feeds which target table, how every target
 * column is made, which rows are excluded or rejected, and the row fixtures that prove it.
 * Every part remembers its line so problems can be reported against the file.
 *
 * @param personLine the line of {@code role: person} when this mapping is the person (every {@code ref: person}
 *                   resolves to its target), else 0
 * @param mergedInto the source column naming the row a legacy row was merged into (the person's merge chains), or null
 * @param counts     the counts check the mapping implies, or null when its file says {@code counts: off}
 * @param reference  the person's source column that reports name a child by (e.g. DCC/0000162), or null
 */
public record MappingFile(Path file, String target, String doc, int personLine, String sourceTable, String sourceKey,
                          String mergedInto, int sourceLine, Explode explode, List<RowRule> excludes,
                          List<RowRule> rejects, Map<String, ColumnSpec> columns, List<String> unmapped,
                          int unmappedLine, Counts counts, List<Fixture> fixtures, String reference) {

    /** The mapping's id, also its run-table key: the target table, which exactly one file maps. */
    public String id() {
        return target;
    }

    /** True for the mapping declared {@code role: person}. */
    public boolean isPerson() {
        return personLine > 0;
    }

    /** The target column holding the legacy key: the first column taken from the source key alone, or null. */
    public String legacyKeyColumn() {
        return columns.values().stream().filter(spec -> spec.from().equals(List.of(sourceKey)))
                .map(ColumnSpec::target).findFirst().orElse(null);
    }

    /** A list column split into one target row per item (e.g. disability codes). */
    public record Explode(String from, String codes, String as, int line) {
    }

    /**
     * An exclusion (name = rule) or a reject (name = reason) with the named predicate that triggers it, on
     * {@code column}; {@code ref} is the reference a predicate such as unknown_reference looks the value up in.
     */
    public record RowRule(String name, String predicate, String column, String ref, String value, int line) {
    }

    /**
     * The mapping's counts check as its file overrides it ({@code counts: { owner: ..., severity: ..., whenFound: ... }});
     * a null part takes the default. The reconciliation turns it into the check counts-&lt;target&gt;.
     */
    public record Counts(String owner, String severity, String whenFound, int line) {
    }

    /**
     * How one target column is made: from source columns, through a legacy lookup table, a transform, a code map and
     * a reference.
     */
    public record ColumnSpec(String target, List<String> from, String transform, String codes, String ref, String fetch,
                             Missing missing, String reason, String constant, int line, LegacyLookup lookup) {
        public boolean isConstant() {
            return constant != null;
        }
    }

    /**
     * {@code lookup: { table, key, value }}: the first input is a code held in a legacy lookup table; the column's value
     * is that row's {@code value} column (then the transform and code map apply). A code the table lacks → NULL (UNMAPPED).
     */
    public record LegacyLookup(String table, String key, String value) {
    }

    /** What happens when a reference points at nothing. */
    public enum Missing {
        /** The row is rejected with the column's reason. */
        REJECT,
        /** The value becomes NULL and the loss is counted against the source column. */
        LOSSY,
        /** The value becomes NULL quietly: an absent link is normal here. */
        NULL
    }

    /**
     * A row fixture: a legacy row, the references it may use, and what must come out: target
     * values, or the exclusion rule / reject reason, and the losses expected.
     */
    public record Fixture(String name, Map<String, String> given, Map<String, Map<String, String>> refs,
                          Map<String, String> expect, String expectExcluded, String expectRejected,
                          List<String> expectLossy, int line) {
    }
}
