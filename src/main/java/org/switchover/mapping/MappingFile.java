package org.switchover.mapping;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One mapping file as written: which legacy table feeds which target table, how every target
 * column is made, which rows are excluded or rejected, and the row fixtures that prove it.
 * Every part remembers its line so problems can be reported against the file.
 */
public record MappingFile(Path file, String target, String doc, String sourceTable, String sourceKey, int sourceLine,
                          Explode explode, List<RowRule> excludes, List<RowRule> rejects,
                          Map<String, ColumnSpec> columns, List<String> unmapped, int unmappedLine,
                          List<Fixture> fixtures) {

    /** The mapping's id, also its run-table key: the target table, which exactly one file maps. */
    public String id() {
        return target;
    }

    /** A list column split into one target row per item (e.g. disability codes). */
    public record Explode(String from, String codes, String as, int line) {
    }

    /** An exclusion (name = rule) or a reject (name = reason) with the named predicate that triggers it. */
    public record RowRule(String name, String predicate, String column, int line) {
    }

    /** How one target column is made: from source columns, through a transform, a code map and a reference. */
    public record ColumnSpec(String target, List<String> from, String transform, String codes, String ref, String fetch,
                             Missing missing, String reason, String constant, int line) {
        public boolean isConstant() {
            return constant != null;
        }
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
