package org.switchover.preflight;

import org.switchover.files.PrivateFiles;
import org.switchover.history.RunHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a report directory can be written: created when missing, this account's alone, then a probe file written and
 * deleted.
 */
final class ReportDirectory {
    /** The probe's name; a leftover (after a kill between write and delete) is harmless and overwritten next time. */
    static final String PROBE = ".switchover-write-probe";

    private ReportDirectory() {
    }

    /** Why {@code directory} cannot be written, or empty when it can. */
    static Optional<String> problem(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return Optional.of("report directory " + absolute + " cannot be written: it is a file, not a directory");
        }
        try {
            Optional<String> unsafe = RunHistory.unsafePlace(absolute);
            if (unsafe.isPresent()) {
                return unsafe;
            }
            Path probe = absolute.resolve(PROBE);
            PrivateFiles.writeString(probe, "switchover checks that reports can be written here\n");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return Optional.of("report directory " + absolute + " cannot be written: " + reason);
        }
    }
}
