package org.switchover.cutover;

import java.nio.file.Path;

/** Reconciles a finished load and writes reconciliation.json into a report directory; returns the verdict, GO or NO_GO. */
@FunctionalInterface
public interface FinalReconciliation {
    String reconcile(long runId, Path reportDir);
}
