package org.switchover.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
