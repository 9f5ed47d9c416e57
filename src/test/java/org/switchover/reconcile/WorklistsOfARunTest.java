package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.TestDatabases;
import org.switchover.transform.TransformSettings;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worklists of a real run, written beside the report files: the same bytes as written in line, and a clear refusal. */
@ExtendWith(TestDatabases.class)
class WorklistsOfARunTest {
    private static final MappingSet MAPPINGS = MappingSet.load(Path.of("mappings"), TransformSettings.defaults());

    @Test
    void theListsWrittenBesideAreTheInLineOnesAndABlockedListNamesItsFile(TestDatabases.LegacyDb legacyDb,
            TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given a dry run of generated data, whose reconciliation wrote the worklists beside its report files
        Path report = dir.resolve("reports").resolve("dry-run");
        long runId = GeneratedLoad.dryRun(legacyDb.spec(), targetDb.spec(), 0.005, 11, report, LocalDate.now().plusDays(7)).runId();
        // when the same run's lists are written in line, on the caller's own connection, into another directory
        Path inLine = Files.createDirectory(dir.resolve("in-line"));
        try (Connection connection = targetDb.connect()) {
            Worklists.write(connection, runId, MAPPINGS, inLine);
        }
        // then both lists are the same, byte for byte, and the run did reject rows (the comparison is not of two empty lists)
        for (String list : List.of(Worklists.REJECTS_FILE, Worklists.UNMAPPED_FILE)) {
            assertArrayEquals(Files.readAllBytes(inLine.resolve(list)), Files.readAllBytes(report.resolve(list)), list);
        }
        assertTrue(Files.readAllLines(report.resolve(Worklists.REJECTS_FILE)).size() > 1, "the run rejected rows");

        // and given a directory where rejects.csv cannot take its name (a directory holding a file has it)
        Path blocked = Files.createDirectory(dir.resolve("blocked"));
        Files.createFile(Files.createDirectory(blocked.resolve(Worklists.REJECTS_FILE)).resolve("kept"));
        // when the lists are written beside and waited for
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> {
            try (Worklists.Writing writing = Worklists.writeBeside(targetDb.spec(), runId, MAPPINGS, blocked)) {
                writing.finish();
            }
        });
        // then the error names the directory, then the file that could not be written
        assertTrue(failure.getMessage().startsWith("cannot write the worklists in " + blocked + ": "), failure.getMessage());
        assertTrue(failure.getMessage().contains(blocked.resolve(Worklists.REJECTS_FILE).toString()), failure.getMessage());
        // and no part file is left, and what held the name is untouched
        try (Stream<Path> files = Files.list(blocked)) {
            assertEquals(List.of(Worklists.REJECTS_FILE), files.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.exists(blocked.resolve(Worklists.REJECTS_FILE).resolve("kept")));
    }
}
