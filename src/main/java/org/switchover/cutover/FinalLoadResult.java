package org.switchover.cutover;

import java.util.List;

/**
 * How a final load ended: refused by its gate, failed (resumable), loaded but NO_GO, or loaded and marked production;
 * {@code engine} is the load's counts per mapping (null when refused: nothing was loaded).
 */
public record FinalLoadResult(Outcome outcome, Long runId, List<String> unmet, String failure, String verdict,
                              org.switchover.run.EngineResult engine) {
    public enum Outcome { REFUSED, FAILED, NO_GO, PRODUCTION }
}
