package org.switchover.run;

import org.switchover.pipeline.MappingPlan;

/** Hears how a run is going; called from the mapping threads, so implementations must be thread-safe. */
public interface ProgressListener {
    /** Says nothing: for --quiet and for tests. */
    ProgressListener QUIET = new ProgressListener() {
    };

    default void mappingStarted(MappingPlan plan, long totalRows) {
    }

    default void chunkDone(MappingPlan plan, long rowsDone, long totalRows) {
    }

    default void mappingFinished(MappingCounts counts) {
    }
}
