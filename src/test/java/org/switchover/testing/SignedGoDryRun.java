package org.switchover.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The start of every final-load test: generated legacy data (scale 0.01, seed 7), a dry run of it that is GO with a
 * go-live date a week ahead, signed off by the default required role, and the target's checksums as it loaded.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SignedGoDryRun {
    /** The role the dry run is signed off by: the default required one. */
    protected static final String HEAD_OF_SERVICE = "Head of Service, Child Protection";

    protected ConnectionSpec legacy;
    protected ConnectionSpec target;
    protected Path dir;
    protected Path dryRunReport;
    protected long dryRunId;
    protected Map<String, String> dryRunTarget;

    @BeforeAll
    void givenASignedGoDryRun(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path tempDir) throws Exception {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        dir = tempDir;
        dryRunReport = dir.resolve("dry-run");
        GeneratedLoad.Loaded loaded = GeneratedLoad.dryRun(legacy, target, 0.01, 7, dryRunReport, LocalDate.now().plusDays(7));
        if (!loaded.reconciliation().go()) {
            throw new AssertionError("the generated dry run is not GO: " + loaded.reconciliation().failingCheckIds());
        }
        dryRunId = loaded.runId();
        Switchover.configure().target(target).reportDir(dryRunReport).build().signOff("Alex Smith", HEAD_OF_SERVICE);
        dryRunTarget = TargetSnapshot.checksums(target);
    }
}
