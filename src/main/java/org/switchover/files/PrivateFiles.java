package org.switchover.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes the toolkit's files owner-only: reports name children by legacy reference and carry case facts,
 * so no other account on the machine may read them. A file is 0600 and a directory the toolkit creates
 * 0700 whatever the umask (the umask can only take bits away from a mode given at creation, and the mode
 * is set again afterwards). A directory that already exists keeps its mode: it is the operator's.
 * On a file system without POSIX permissions the files are written as the system makes them.
 */
public final class PrivateFiles {
    /** rw-------: what every file the toolkit writes gets. */
    public static final String FILE_MODE = "rw-------";
    /** rwx------: what every directory the toolkit creates gets. */
    public static final String DIRECTORY_MODE = "rwx------";

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString(FILE_MODE);
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString(DIRECTORY_MODE);

    private PrivateFiles() {
    }

    /** Creates {@code directory} and every missing parent, each 0700; existing ones are left as they are. */
    public static void createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                if (posix(next.getParent())) {
                    Files.createDirectory(next, PosixFilePermissions.asFileAttribute(DIRECTORY));
                    Files.setPosixFilePermissions(next, DIRECTORY);
                } else {
                    Files.createDirectory(next);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(next)) {
                    throw e;
                }
                // made meanwhile by someone else: theirs, so its mode is left alone
            }
        }
    }

    /** Writes {@code content} to {@code file} (replacing it), 0600; its parent directory must exist. */
    public static void write(Path file, byte[] content) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(content);
        }
    }

    /**
     * A UTF-8 writer to {@code file} (replacing it), 0600 from the moment it exists, like {@link #write}: for a file too
     * long to build in memory first.
     */
    public static java.io.Writer newWriter(Path file) throws IOException {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static OutputStream newOutputStream(Path file) throws IOException {
        boolean posix = posix(file.toAbsolutePath().getParent());
        if (posix && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // a file from an older run may be world-readable: close it before the new content goes in
            Files.setPosixFilePermissions(file, FILE);
        }
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        OutputStream out = Channels.newOutputStream(Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), attributes));
        if (posix) {
            try {
                Files.setPosixFilePermissions(file, FILE); // an existing file keeps its mode on open: set it again
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }
        return out;
    }

    /** Writes {@code text} as UTF-8, like {@link #write(Path, byte[])}. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean posix(Path directory) {
        Path probe = directory == null ? Path.of("").toAbsolutePath() : directory;
        return probe.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
