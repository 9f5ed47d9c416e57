package org.switchover.run;

import org.switchover.pipeline.MappingPlan;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Prints progress lines such as {@code ssd_person  12000/60000 rows  45,000 rows/s}, at most one per
 * table per {@link #DEFAULT_INTERVAL_NANOS}, and one summary line when a table finishes.
 */
public final class StderrProgress implements ProgressListener {
    /** One line a second per table: enough to see movement without flooding a terminal. */
    public static final long DEFAULT_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final LongSupplier clock;
    private final long intervalNanos;
    private final Map<String, Long> startedAt = new HashMap<>();
    private final Map<String, Long> lastPrinted = new HashMap<>();

    public StderrProgress() {
        this(System.err, System::nanoTime, DEFAULT_INTERVAL_NANOS);
    }

    public StderrProgress(PrintStream out, LongSupplier clock, long intervalNanos) {
        this.out = out;
        this.clock = clock;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public synchronized void mappingStarted(MappingPlan plan, long totalRows) {
        long now = clock.getAsLong();
        startedAt.put(plan.mappingId(), now);
        lastPrinted.put(plan.mappingId(), now);
        out.printf(Locale.ROOT, "%s  0/~%d rows  (from %s)%n", plan.targetTable(), totalRows, plan.legacyTable());
    }

    @Override
    public synchronized void chunkDone(MappingPlan plan, long rowsDone, long totalRows) {
        long now = clock.getAsLong();
        Long last = lastPrinted.get(plan.mappingId());
        if (last != null && now - last < intervalNanos) {
            return;
        }
        lastPrinted.put(plan.mappingId(), now);
        double seconds = (now - startedAt.getOrDefault(plan.mappingId(), now)) / 1e9;
        out.printf(Locale.ROOT, "%s  %d/~%d rows  %s rows/s%n", plan.targetTable(), rowsDone, totalRows, rate(rowsDone, seconds));
    }

    @Override
    public synchronized void mappingFinished(MappingCounts counts) {
        out.printf(Locale.ROOT, "%s  done: read %d, loaded %d, excluded %d, rejected %d in %.1f s  %s rows/s%n",
                counts.targetTable(), counts.read(), counts.loaded(), counts.excluded(), counts.rejected(),
                counts.seconds(), rate(counts.read(), counts.seconds()));
    }

    private static String rate(long rows, double seconds) {
        return seconds <= 0 ? "-" : String.format(Locale.ROOT, "%,d", Math.round(rows / seconds));
    }
}
