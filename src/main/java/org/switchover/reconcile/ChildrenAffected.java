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

    /** How many children a check names, and the first {@code limit} of them in order. */
    record Named(int count, List<String> first) {
    }

    /**
     * How many legacy references a check's rows and failing records name, and the first {@code limit} in order: the page
     * lists 500, and sorting every one of a hundred thousand took 40 % of the page's time at scale 1.
     */
    static Named named(CheckOutcome o, int limit) {
        Set<String> refs = collect(o, new HashSet<String>());
        if (refs.size() <= limit) {
            String[] all = refs.toArray(String[]::new);
            Arrays.sort(all);
            return new Named(all.length, List.of(all));
        }
        // the smallest `limit`, kept in a heap whose head is the largest of them: most references are past it at once
        java.util.PriorityQueue<String> smallest = new java.util.PriorityQueue<>(limit + 1, java.util.Comparator.reverseOrder());
        for (String ref : refs) {
            if (smallest.size() < limit) {
                smallest.add(ref);
            } else if (ref.compareTo(smallest.peek()) < 0) {
                smallest.poll();
                smallest.add(ref);
            }
        }
        String[] first = smallest.toArray(String[]::new);
        Arrays.sort(first);
        return new Named(refs.size(), List.of(first));
    }

    /** How many children {@link #named} counts, without sorting them (the report's JSON and its ordering need only the number). */
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
