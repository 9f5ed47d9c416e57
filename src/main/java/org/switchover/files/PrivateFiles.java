package org.switchover.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the toolkit's files owner-only: reports name children by legacy reference and carry case facts,
 * so no other account on the machine may read them. A file is 0600 and a directory the toolkit creates
 * 0700 whatever the umask (the umask can only take bits away from a mode given at creation, and the mode
 * is set again afterwards). A directory that already exists keeps its mode: it is the operator's, and a report
 * directory that other accounts could reach into is refused ({@link #notOwnerOnly}). A file is never written in place:
 * a new file is written and renamed over the name, so no link or file planted there receives a report.
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
        try (PendingFile out = newFile(file)) {
            out.write(content);
            out.publish();
        }
    }

    /**
     * A file being written, 0600 from the moment it exists, under a part name beside {@code file}: it takes the name
     * only when {@link PendingFile#publish() published}. Closed without that (a failure half way), it is removed and a
     * file already under the name is left as it was: a reader never sees half a file.
     */
    public static PendingFile newFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        boolean posix = posix(directory);
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        Path part = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".part", attributes);
        OutputStream out;
        try {
            if (posix) {
                Files.setPosixFilePermissions(part, FILE); // whatever the umask took away
            }
            out = Files.newOutputStream(part, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return new PendingFile(out, part, absolute);
    }

    /**
     * The file is written to a new, owner-only file beside its name and then renamed over it: a name another account
     * planted there (a symbolic link to a file of the operator's, or a file of its own to read the report from) is
     * replaced, never written through.
     */
    public static final class PendingFile extends FilterOutputStream {
        private final Path part;
        private final Path name;
        private boolean closed;

        private PendingFile(OutputStream out, Path part, Path name) {
            super(out);
            this.part = part;
            this.name = name;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        /** Closes the file and gives it its name, replacing what had it. */
        public void publish() throws IOException {
            if (closed) {
                throw new IOException(name + " was closed before it was published");
            }
            closed = true;
            try {
                super.close();
                Files.move(part, name, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }

        /** Removes the file unless it was published. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.close();
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    /**
     * Why other accounts could reach into {@code directory} (it exists): it is not this account's, or it can be written
     * by its group or everyone, so a name in it could be planted, removed or replaced. Empty when it is this account's
     * alone, or the file system has no POSIX permissions.
     */
    public static Optional<String> notOwnerOnly(Path directory) throws IOException {
        Path real = directory.toRealPath();
        if (!posix(real)) {
            return Optional.empty();
        }
        PosixFileAttributes attributes = Files.readAttributes(real, PosixFileAttributes.class);
        Set<PosixFilePermission> mode = attributes.permissions();
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of("other accounts can write to it (mode " + PosixFilePermissions.toString(mode) + ")");
        }
        Path probe = Files.createTempFile(real, ".switchover-owner-", ".probe", PosixFilePermissions.asFileAttribute(FILE));
        try {
            UserPrincipal me = Files.getOwner(probe);
            if (!me.equals(attributes.owner())) {
                return Optional.of("it belongs to account " + attributes.owner().getName() + ", not to this one (" + me.getName() + ")");
            }
            return Optional.empty();
        } finally {
            Files.delete(probe);
        }
    }

    /** Writes {@code text} as UTF-8, like {@link #write(Path, byte[])}. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The refusal of a report directory that {@link #notOwnerOnly} found reachable, with {@code why}. */
    public static String refusal(Path directory, String why) {
        return refusal("report directory", directory, why);
    }

    /** The refusal of a directory ({@code what}: "report directory") that {@link #notOwnerOnly} found reachable. */
    public static String refusal(String what, Path directory, String why) {
        return what + " " + directory + " is refused: " + why + ", so another account could plant a link or a file"
                + " of its own there, or replace a report; give a directory that is this account's alone (chmod go-w "
                + directory + ", if it is yours)";
    }

    private static boolean posix(Path directory) {
        Path probe = directory == null ? Path.of("").toAbsolutePath() : directory;
        return probe.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
