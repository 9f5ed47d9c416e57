package org.switchover.extract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One slice of a legacy table by its key, numbered from 0: the keys after {@code afterKey} (null: from the
 * first key) up to and including {@code upToKey} (null: to the last key). Ranges made by {@link #between}
 * follow each other without gap or overlap, so their readers together read every key exactly once.
 */
public record KeyRange(int number, String afterKey, String upToKey) {
    /** The whole table as one range: how a table below the split threshold is read. */
    public static final KeyRange WHOLE = new KeyRange(0, null, null);

    /** Key column types that are split by value (their order is the numbers' order); every other type by quantile. */
    static final Set<String> INTEGER_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint");

    /**
     * The ranges cut at {@code boundaries} (ascending in the key's own order, each the last key of its range):
     * (start, b1], (b1, b2], ..., (bn, end). No boundary gives {@link #WHOLE}.
     */
    public static List<KeyRange> between(List<String> boundaries) {
        List<KeyRange> ranges = new ArrayList<>(boundaries.size() + 1);
        String after = null;
        for (String boundary : boundaries) {
            ranges.add(new KeyRange(ranges.size(), after, boundary));
            after = boundary;
        }
        ranges.add(new KeyRange(ranges.size(), after, null));
        return List.copyOf(ranges);
    }

    /**
     * The cuts that split the integer keys from {@code first} to {@code last} into {@code count} spans of equal width
     * (the last takes the remainder); fewer when there are fewer keys than ranges, none for a single key. Each cut is
     * strictly between first (inclusive) and last (exclusive), ascending, so no range is empty by construction.
     */
    static List<String> evenCuts(BigInteger first, BigInteger last, int count) {
        List<String> cuts = new ArrayList<>();
        BigInteger span = last.subtract(first).add(BigInteger.ONE);
        BigInteger previous = null;
        for (int i = 1; i < count; i++) {
            // the i-th range ends just before first + span * i / count
            BigInteger cut = first.add(span.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(count))).subtract(BigInteger.ONE);
            if (cut.compareTo(first) >= 0 && cut.compareTo(last) < 0 && (previous == null || cut.compareTo(previous) > 0)) {
                cuts.add(cut.toString());
                previous = cut;
            }
        }
        return cuts;
    }

}
