package org.switchover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped mapping directory (code maps included) that a test may break without touching the real one. */
public final class MappingCopies {
    /** The shipped mappings, relative to the project directory the tests run in. */
    public static final Path SHIPPED = Path.of("mappings");

    private MappingCopies() {
    }

    /** Copies the shipped mappings to {@code dir}/mappings and returns that directory. */
    public static Path copyInto(Path dir) throws IOException {
        return copy(SHIPPED, dir);
    }

    /** Copies a shipped directory (mappings, reconciliation) to {@code dir}/its name and returns the copy. */
    public static Path copy(Path shipped, Path dir) throws IOException {
        Path copy = dir.resolve(shipped.getFileName().toString());
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path to = copy.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return copy;
    }

    /** Replaces {@code text} in one file of a copy; fails when the text is not there, so a test cannot pass by editing nothing. */
    public static Path edit(Path mappings, String file, String text, String replacement) throws IOException {
        Path path = mappings.resolve(file);
        String content = Files.readString(path);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(path + " does not contain: " + text);
        }
        Files.writeString(path, content.replace(text, replacement));
        return path;
    }
}
