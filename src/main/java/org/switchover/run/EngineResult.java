package org.switchover.run;

import java.util.List;
import java.util.NoSuchElementException;

/** The outcome of one engine run: its run_id, status, the first failure (or null), and each mapping's counts. */
public record EngineResult(long runId, RunStatus status, String failure, List<MappingCounts> mappings) {
    public boolean succeeded() {
        return status == RunStatus.SUCCEEDED;
    }

    public MappingCounts counts(String mappingId) {
        return mappings.stream().filter(counts -> counts.mappingId().equals(mappingId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no counts for mapping " + mappingId + " in run " + runId));
    }
}
