package org.switchover.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Files written owner-only, directories created owner-only, an older world-readable file closed before it is rewritten. */
class PrivateFilesTest {
    @Test
    void createdDirectoriesAndWrittenFilesAreOwnerOnly(@TempDir Path dir) throws Exception {
        // given a directory the operator made world-readable
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        // when a file is written two levels below it
        Path file = dir.resolve("reports").resolve("dry-run").resolve("counts.json");
        PrivateFiles.createDirectories(file.getParent());
        PrivateFiles.writeString(file, "{}");
        // then both new directories are 0700, the file 0600, and the operator's directory keeps its mode
        assertEquals("rwx------", mode(dir.resolve("reports")));
        assertEquals("rwx------", mode(dir.resolve("reports").resolve("dry-run")));
        assertEquals("rw-------", mode(file));
        assertEquals("rwxr-xr-x", mode(dir));
        assertEquals("{}", Files.readString(file));
    }

    @Test
    void aWorldReadableFileFromAnOlderRunIsClosedAndReplaced(@TempDir Path dir) throws Exception {
        // given a report file an older version wrote 0644, longer than the new content
        Path file = dir.resolve("reconciliation.json");
        Files.writeString(file, "old content that is longer");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        // when it is written again
        PrivateFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        // then it holds only the new content, owner-only
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", mode(file));
    }

    @Test
    void aFileWhereADirectoryShouldBeIsAnError(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("reports");
        Files.writeString(blocker, "not a directory");
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> PrivateFiles.createDirectories(blocker.resolve("dry-run")));
    }

    @Test
    void aLinkPlantedWhereAReportGoesIsReplacedNotWrittenThrough(@TempDir Path dir) throws Exception {
        // given a file of the operator's elsewhere, and a report name that is a symbolic link to it
        Path operators = Files.writeString(dir.resolve("operators-file"), "the operator's own");
        Files.setPosixFilePermissions(operators, PosixFilePermissions.fromString("rw-r--r--"));
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path checks = Files.createSymbolicLink(reports.resolve("checks.csv"), operators);
        // when the report is written, whole and through a streaming writer
        PrivateFiles.writeString(checks, "id,status\n");
        CsvLineWriter.writeFile(reports.resolve("lists.csv"), out -> out.cell("streamed").endLine());
        // then the link was replaced by an owner-only file with the report, and the operator's file is as it was
        assertEquals(false, Files.isSymbolicLink(checks));
        assertEquals("id,status\n", Files.readString(checks));
        assertEquals("rw-------", mode(checks));
        assertEquals("the operator's own", Files.readString(operators));
        assertEquals("rw-r--r--", mode(operators));
        assertEquals("streamed\n", Files.readString(reports.resolve("lists.csv")));
        // and no part file is left beside them
        try (java.util.stream.Stream<Path> names = Files.list(reports)) {
            assertEquals(java.util.List.of("checks.csv", "lists.csv"), names.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aListThatFailsHalfWayLeavesTheFileItWouldReplaceAsItWasAndNoPart(@TempDir Path dir) throws Exception {
        // given last run's list under the name
        Path list = Files.writeString(dir.resolve("rejects.csv"), "key\nlast run\n");
        // when this run's list fails after a line longer than the writer's buffer
        java.sql.SQLException failure = new java.sql.SQLException("connection lost");
        java.sql.SQLException thrown = assertThrows(java.sql.SQLException.class, () -> CsvLineWriter.writeFile(list, out -> {
            out.cell("key").endLine().cell("x".repeat(100_000)).endLine();
            throw failure;
        }));
        // then the failure is the caller's, the old list is whole, and nothing else is in the directory
        assertEquals(failure, thrown);
        assertEquals("key\nlast run\n", Files.readString(list));
        try (java.util.stream.Stream<Path> names = Files.list(dir)) {
            assertEquals(java.util.List.of("rejects.csv"), names.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aDirectoryOtherAccountsCanWriteToIsNotOwnerOnly(@TempDir Path dir) throws Exception {
        // given the operator's directory, owner-only, then group-writable, then world-writable with the sticky bit's kind
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        java.util.Optional<String> alone = PrivateFiles.notOwnerOnly(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));
        java.util.Optional<String> group = PrivateFiles.notOwnerOnly(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xrwx"));
        java.util.Optional<String> world = PrivateFiles.notOwnerOnly(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        // then only the first is this account's alone, and the probe it wrote is gone
        assertEquals(java.util.Optional.empty(), alone);
        assertEquals(java.util.Optional.of("other accounts can write to it (mode rwxrwx---)"), group);
        assertEquals(java.util.Optional.of("other accounts can write to it (mode rwxr-xrwx)"), world);
        try (java.util.stream.Stream<Path> names = Files.list(dir)) {
            assertEquals(0, names.count());
        }
    }

    @Test
    void aDirectoryOfAnotherAccountIsNotOwnerOnly(@TempDir Path dir) throws Exception {
        // given (as root, who can give it away) a directory that belongs to the account nobody, mode 0755
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a directory away");
        Path theirs = Files.createDirectory(dir.resolve("theirs"));
        Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setOwner(theirs, theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        // when it is asked whether it is this account's alone
        java.util.Optional<String> why = PrivateFiles.notOwnerOnly(theirs);
        // then it is not, by its owner
        assertEquals(java.util.Optional.of("it belongs to account nobody, not to this one (root)"), why);
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
