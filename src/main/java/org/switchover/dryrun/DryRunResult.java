package org.switchover.dryrun;

import org.switchover.run.EngineResult;

import java.nio.file.Path;

/** What a dry run did: the engine's run (id, status, per-mapping counts), where its report is, and how long each phase took. */
public record DryRunResult(EngineResult engine, Path reportDir, double seconds, PhaseTimes phases) {
    public DryRunResult(EngineResult engine, Path reportDir, double seconds) {
        this(engine, reportDir, seconds, new PhaseTimes());
    }

    public boolean succeeded() {
        return engine.succeeded();
    }
}
