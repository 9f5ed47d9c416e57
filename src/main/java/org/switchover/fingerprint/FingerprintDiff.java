package org.switchover.fingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed between two fingerprints of the same bucketing: per table, the buckets (key ranges) that differ. */
public final class FingerprintDiff {
    /** Key ranges named per table in a message; the rest are counted. */
    public static final int RANGES_NAMED = 5;

    private final Fingerprint before;
    private final Fingerprint now;

    public FingerprintDiff(Fingerprint before, Fingerprint now) {
        this.before = before;
        this.now = now;
    }

    /** Table to the buckets whose rows or content differ (a bucket on one side only differs); tables with none are left out. */
    public Map<String, List<Long>> changedBuckets() {
        Map<String, List<Long>> changed = new LinkedHashMap<>();
        before.tables().forEach((name, then) -> {
            TableFingerprint current = now.tables().get(name);
            TreeSet<Long> buckets = new TreeSet<>(then.buckets().keySet());
            if (current != null) {
                buckets.addAll(current.buckets().keySet());
            }
            List<Long> differing = buckets.stream()
                    .filter(b -> current == null || !Objects.equals(then.buckets().get(b), current.buckets().get(b))).toList();
            if (!differing.isEmpty() || current == null || !then.columns().equals(current.columns())) {
                changed.put(name, differing);
            }
        });
        return changed;
    }

    /** True when no table differs. */
    public boolean same() {
        return changedBuckets().isEmpty();
    }

    /** One line per changed table, "legacy table T " + {@code how} + ": key ranges …", naming at most {@link #RANGES_NAMED} ranges. */
    public List<String> lines(String how) {
        List<String> lines = new ArrayList<>();
        changedBuckets().forEach((name, buckets) -> {
            TableFingerprint then = before.tables().get(name);
            TableFingerprint current = now.tables().get(name);
            StringBuilder line = new StringBuilder("legacy table ").append(name).append(' ').append(how).append(": ");
            if (current == null) {
                lines.add(line.append("it was not fingerprinted now").toString());
                return;
            }
            if (!then.columns().equals(current.columns())) {
                line.append("its columns changed (").append(then.columns()).append(" → ").append(current.columns()).append("); ");
            }
            line.append(then.rowCount()).append(" → ").append(current.rowCount()).append(" rows");
            if (buckets.isEmpty()) {
                lines.add(line.toString());
                return;
            }
            line.append("; key ranges ");
            List<String> ranges = new ArrayList<>();
            for (long bucket : buckets.subList(0, Math.min(RANGES_NAMED, buckets.size()))) {
                ranges.add(then.describe(bucket) + " (" + change(then.buckets().get(bucket), current.buckets().get(bucket)) + ")");
            }
            line.append(String.join(", ", ranges));
            if (buckets.size() > RANGES_NAMED) {
                line.append(" and ").append(buckets.size() - RANGES_NAMED).append(" more of ").append(then.buckets().size()).append(" ranges");
            }
            lines.add(line.toString());
        });
        return lines;
    }

    private static String change(TableFingerprint.Bucket then, TableFingerprint.Bucket now) {
        long rowsThen = then == null ? 0 : then.rows();
        long rowsNow = now == null ? 0 : now.rows();
        return rowsThen == rowsNow ? rowsNow + " rows, content changed" : rowsThen + " → " + rowsNow + " rows";
    }
}
