package org.switchover.operation;

import org.junit.jupiter.api.Test;
import org.switchover.dryrun.DryRunResult;
import org.switchover.operation.Audited.Outcome;
import org.switchover.run.EngineResult;
import org.switchover.run.RunStatus;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditOutcomesTest {
    @Test
    void aFailedDryRunIsRecordedFailedWithItsFirstFailureLine() {
        // given a dry run whose engine failed with a two-line failure
        DryRunResult failed = new DryRunResult(new EngineResult(7, RunStatus.FAILED, "mapping referral: chunk 3 refused\nat line 2", List.of()),
                Path.of("reports"), 1.5, null, null);
        // when its audit outcome is made, then it is "failed" for run 7 with the failure's first line
        assertEquals(new Outcome("failed", 7L, "run FAILED: mapping referral: chunk 3 refused"), AuditOutcomes.dryRun(failed));
    }

    @Test
    void aFailedDryRunWithNoRecordedReasonSaysSoRatherThanNull() {
        // given a failed run that recorded no reason
        DryRunResult failed = new DryRunResult(new EngineResult(8, RunStatus.FAILED, null, List.of()), Path.of("reports"), 0.1, null, null);
        // then the trail says no reason was recorded, not "null"
        assertEquals(new Outcome("failed", 8L, "run FAILED: no reason recorded"), AuditOutcomes.dryRun(failed));
    }

    @Test
    void aSucceededDryRunThatWasNotReconciledSaysSo() {
        // given a run that succeeded, reconciliation skipped
        DryRunResult done = new DryRunResult(new EngineResult(9, RunStatus.SUCCEEDED, null, List.of()), Path.of("reports"), 0.1, null, null);
        // then it is ok, not reconciled
        assertEquals(new Outcome("ok", 9L, "not reconciled"), AuditOutcomes.dryRun(done));
    }
}
