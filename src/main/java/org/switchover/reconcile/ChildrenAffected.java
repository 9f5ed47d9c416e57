package org.switchover.reconcile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The children a check's finding touches, by legacy reference: the legacy_ref of every row
 * a WARN check found (the sides agree: its rows are the finding), or of each failing record of a FAIL. A check whose rows carry no legacy reference (grouped counts, a mapping's counts) touches none
 * that it can name; its rows are counted instead ({@link #records}).
 */
final class ChildrenAffected {
    /** The column a check's query names the child's legacy reference by. */
    static final String LEGACY_REF = "legacy_ref";

    private ChildrenAffected() {
    }

    /** The legacy references a check's rows and failing records name, in order. */
    static List<String> of(CheckOutcome o) {
        // gathered unordered, then sorted once: a tree kept in order through a hundred thousand inserts cost more
        String[] refs = collect(o, new HashSet<String>()).toArray(String[]::new);
        Arrays.sort(refs);
        return List.of(refs);
    }

    /** How many children {@link #of} names, without sorting them (the report's JSON and its ordering need only the number). */
    static int count(CheckOutcome o) {
        return collect(o, new HashSet<>()).size();
    }

    private static <S extends Set<String>> S collect(CheckOutcome o, S refs) {
        if (o.status() == Status.PASS) {
            return refs; // a PASS lists what both sides hold alike: no child is affected by it
        }
        if (!o.findings().isEmpty()) { // the failing records; the rows of a headline are every record, most of them fine
            o.findings().stream().map(Finding::legacyRef).filter(Objects::nonNull).forEach(refs::add);
            return refs;
        }
        for (SideResult side : new SideResult[] {o.legacyRows(), o.targetRows()}) { // a WARN's rows are its finding
            if (side != null) {
                side.forEachValue(LEGACY_REF, ref -> {
                    if (ref != null) {
                        refs.add(ref);
                    }
                });
            }
        }
        return refs;
    }

    /**
     * Records the check found: for a counts check its rejected rows plus those its figures cannot account for (read
     * against loaded + excluded + rejected, and the target's rows against loaded); else the larger side's count.
     */
    static long records(CheckOutcome o) {
        if (o.counts() != null) {
            CheckOutcome.MappingCountsResult c = o.counts();
            return c.rejected() + Math.abs(c.read() - c.loaded() - c.excluded() - c.rejected()) + Math.abs(c.targetCount() - c.loaded());
        }
        return Math.max(o.target() == null ? 0 : o.target(), o.legacy() == null ? 0 : o.legacy());
    }
}
