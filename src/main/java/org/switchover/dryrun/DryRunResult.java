package org.switchover.dryrun;

import org.switchover.run.EngineResult;

import java.nio.file.Path;

/** What a dry run did: the engine's run (id, status, per-mapping counts) and where its report is. */
public record DryRunResult(EngineResult engine, Path reportDir, double seconds) {
    public boolean succeeded() {
        return engine.succeeded();
    }
}
