package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.UnmigratableHeadlines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A csc row deleted by hand after the reconciliation: the report no longer describes csc, so nothing may be decided,
 * signed or gated on it ({@link LatestLoadInCsc}) until a dry run loads and reconciles csc again.
 */
@ExtendWith(TestDatabases.class)
class CscChangedSinceReconciledTest {
    @Test
    void aRowDeletedFromCscAfterTheReconciliationStopsDecisions(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                @TempDir Path dir) throws Exception {
        // given a reconciled dry run with records that cannot migrate, and nothing refused yet
        UnmigratableHeadlines.plantedInto(legacyDb.spec());
        Switchover switchover = Switchover.configure().legacy(legacyDb.spec()).target(targetDb.spec()).reportDir(dir.resolve("dry-run"))
                .goLive(LocalDate.of(2019, 2, 1)).quiet(true).build();
        DryRunResult dryRun = switchover.dryRun();
        long reconciliation = dryRun.reconciliation().reconciliationId();
        long reviews = dryRun.reconciliation().outcomes().stream().filter(o -> o.id().equals("counts-ssd_cp_reviews")).findFirst()
                .orElseThrow().target();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertEquals(List.of(), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            // when one CP review is deleted from csc by hand
            try (Statement statement = target.createStatement()) {
                statement.execute(SqlResource.load("sql/run-test/delete_one_cp_review.sql").text());
            }
            // then csc is refused, naming the table, both counts and the reconciliation
            String line = "csc.ssd_cp_reviews holds " + (reviews - 1) + " rows, " + reviews + " when reconciliation " + reconciliation
                    + " counted them: csc was changed after it was reconciled; no sign-off, exception or final load from it: run dry-run again";
            assertEquals(List.of(line), LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN));
            // and an owner's decision on a failing record of that run is refused with it
            ConfigurationException refused = assertThrows(ConfigurationException.class, () -> switchover.exception("open-duty-cases",
                    "900001", "accept", "Robin Lee", "Head of Service, Children's Front Door", "known"));
            assertEquals("no exception can be decided now: " + line, refused.getMessage());
        }
        // and a new dry run, which loads and reconciles csc again, clears it
        switchover.dryRun();
        try (Connection target = Databases.connect(targetDb.spec())) {
            assertTrue(LatestLoadInCsc.refusals(target, LatestLoadInCsc.NO_RUN).isEmpty());
        }
    }
}
