package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.TestDatabases;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worklists written beside the report files, on a thread and connection of their own: their failure is still the
 * reconciliation's, and nothing is left writing once the reconciliation is done. (What they hold: RunHistoryDiffTest.)
 */
@ExtendWith(TestDatabases.class)
class WorklistsTest {
    private static final MappingSet MAPPINGS = MappingSet.load(Path.of("mappings"), TransformSettings.defaults());

    @Test
    void aWorklistTheTargetCannotAnswerFailsTheWaitAndWritesNothing(TestDatabases.TargetDb target, @TempDir Path reportDir)
            throws IOException {
        // given a target database that holds no run (no migration schema at all)
        // when the worklists are written beside and waited for
        SQLException failure;
        try (Worklists.Writing writing = Worklists.writeBeside(target.spec(), 1, MAPPINGS, reportDir)) {
            failure = assertThrows(SQLException.class, writing::finish);
        }
        // then the caller gets the server's own reason, naming what is missing
        assertTrue(failure.getMessage().contains("relation \"migration.reject\" does not exist"), failure.getMessage());
        // and neither list, nor a part of one, is in the report directory
        try (Stream<Path> files = Files.list(reportDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void closingWaitsForTheThreadSoNothingWritesAfterTheReconciliation(TestDatabases.TargetDb target, @TempDir Path reportDir) {
        // given worklists being written (they fail on this empty target, after a connection and a query)
        Worklists.Writing writing = Worklists.writeBeside(target.spec(), 1, MAPPINGS, reportDir);
        // when the reconciliation leaves without waiting for them (it failed elsewhere), closing them
        writing.close();
        // then the thread has finished by the time close returns, and its failure did not replace the caller's
        assertTrue(writing.done());
    }
}
