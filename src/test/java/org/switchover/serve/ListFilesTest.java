package org.switchover.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lists serve offers are the report's own files: a link in a report directory is not served, wherever it points. */
class ListFilesTest {
    @Test
    void aLinkInAReportDirectoryIsNotAList(@TempDir Path dir) throws Exception {
        // given a report directory with a list the reconciliation wrote, and links named like lists to a file elsewhere
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "a file of the server's, not a report");
        Path report = Files.createDirectory(dir.resolve("dry-run"));
        Files.writeString(report.resolve("duty-waits.csv"), "legacyRef\n");
        Files.createSymbolicLink(report.resolve("passwd.csv"), elsewhere);
        Files.createSymbolicLink(report.resolve("open-duty-cases.json"), Path.of("/etc/hostname"));
        // when serve lists what it may show
        List<String> lists = Pages.listFiles(report);
        // then only the report's own file is there
        assertEquals(List.of("duty-waits.csv"), lists);
    }
}
