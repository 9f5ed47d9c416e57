package org.switchover.run;

import org.switchover.pipeline.MappingPlan;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Running totals of one mapping while its chunks go by; one mapping runs on one thread at a time. */
public final class MappingTally {
    private final MappingPlan plan;
    private final long startedNanos = System.nanoTime();
    /** When the mapping finished; 0 while it runs. The report is written later and must not count the wait. */
    private volatile long stoppedNanos;
    private final Map<String, Long> excludedByRule = new TreeMap<>();
    private final Map<String, Long> rejectedByReason = new TreeMap<>();
    private long read;
    private long loaded;
    private long excluded;
    private long rejected;

    public MappingTally(MappingPlan plan) {
        this.plan = plan;
    }

    /** Starts from what an interrupted run already committed for this mapping. */
    public synchronized void restore(ResumeState.Progress progress) {
        read = progress.read();
        loaded = progress.loaded();
        excluded = progress.excluded();
        rejected = progress.rejected();
        excludedByRule.putAll(progress.excludedByRule());
        rejectedByReason.putAll(progress.rejectedByReason());
    }

    public synchronized void add(ChunkOutcome outcome) {
        read += outcome.read();
        loaded += outcome.loaded();
        excluded += outcome.excluded();
        rejected += outcome.rejected();
        outcome.excludedByRule().forEach((rule, rows) -> excludedByRule.merge(rule, rows, Long::sum));
        outcome.rejectedByReason().forEach((reason, rows) -> rejectedByReason.merge(reason, rows, Long::sum));
    }

    public synchronized long read() {
        return read;
    }

    public double secondsSoFar() {
        long end = stoppedNanos == 0 ? System.nanoTime() : stoppedNanos;
        return (end - startedNanos) / 1e9;
    }

    /** Freezes the mapping's time at its finish. */
    public void stop() {
        stoppedNanos = System.nanoTime();
    }

    public synchronized MappingCounts counts() {
        return new MappingCounts(plan.mappingId(), plan.legacyTable(), plan.targetTable(), read, loaded, excluded,
                rejected, secondsSoFar(), Collections.unmodifiableMap(new TreeMap<>(excludedByRule)),
                Collections.unmodifiableMap(new TreeMap<>(rejectedByReason)));
    }
}
