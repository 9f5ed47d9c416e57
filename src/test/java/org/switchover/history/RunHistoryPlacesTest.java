package org.switchover.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A run's report is kept only where no other account can reach, and only the report's own files are kept: found by
 * trying it, a report directory directly under /tmp kept every run's report in /tmp/dry-run-N, beside a /tmp/latest.
 */
class RunHistoryPlacesTest {
    @Test
    void aReportIsKeptBesideItsDirectoryWithoutTheLinksPlantedInIt(@TempDir Path dir) throws Exception {
        // given an owner-only reports directory whose working report holds its files and a link to a file elsewhere
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not the report's");
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path report = Files.createDirectories(reports.resolve("dry-run").resolve("lists"));
        Files.writeString(report.getParent().resolve("counts.json"), "{}");
        Files.writeString(report.resolve("open-duty-cases.csv"), "legacyRef\n");
        Files.createSymbolicLink(report.getParent().resolve("planted.txt"), elsewhere);
        // when run 7's report is kept
        Path kept = RunHistory.besides(report.getParent()).keep(report.getParent(), "dry-run", 7);
        // then the copy holds the report's own files and not the link's target, and latest points to it
        assertEquals(reports.resolve("dry-run-7"), kept);
        assertEquals(List.of("counts.json", "lists", "lists/open-duty-cases.csv"), names(kept));
        assertEquals(Path.of("dry-run-7"), Files.readSymbolicLink(reports.resolve(RunHistory.LATEST)));
    }

    @Test
    void aHistoryWhereOtherAccountsCanWriteIsRefused(@TempDir Path dir) throws Exception {
        // given a report directory whose parent every account may write to (as /tmp)
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path report = Files.createDirectory(shared.resolve("dry-run"));
        Files.writeString(report.resolve("counts.json"), "{}");
        // when run 7's report is to be kept beside it
        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> RunHistory.besides(report).keep(report, "dry-run", 7));
        // then it is refused, naming the directory and why, and nothing is kept there
        assertEquals("cannot keep the report of dry-run run 7 in " + shared.resolve("dry-run-7") + ": report history"
                + " directory (the parent of the report directory, where every run's report is kept) " + shared
                + " is refused: other accounts can write to it (mode rwxrwxrwx), so another account could plant a link or a"
                + " file of its own there, or replace a report; give a directory that is this account's alone (chmod go-w "
                + shared + ", if it is yours)", refused.getMessage());
        assertEquals(List.of("dry-run", "dry-run/counts.json"), names(shared));
    }

    @Test
    void aRunsDirectoryPlantedAsALinkIsRefused(@TempDir Path dir) throws Exception {
        // given an owner-only reports directory in which dry-run-7 is a link to a directory elsewhere
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path report = Files.createDirectory(reports.resolve("dry-run"));
        Files.writeString(report.resolve("counts.json"), "{}");
        Files.createSymbolicLink(reports.resolve("dry-run-7"), elsewhere);
        // when run 7's report is to be kept
        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> RunHistory.besides(report).keep(report, "dry-run", 7));
        // then it is refused, and nothing reached the link's target
        assertEquals("cannot keep the report of dry-run run 7 in " + reports.resolve("dry-run-7") + ": "
                + reports.resolve("dry-run-7") + ": is a symbolic link, not the run's own directory: remove it, so the run's"
                + " report is kept here and not where it points", refused.getMessage());
        assertEquals(List.of(), names(elsewhere));
        assertFalse(Files.exists(reports.resolve(RunHistory.LATEST), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    /** Every path under {@code root}, relative and sorted. */
    private static List<String> names(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
