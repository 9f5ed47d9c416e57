package org.switchover.history;

import org.switchover.files.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps every run's report: after a reconciliation the report directory (reports/dry-run, the one sign-off reads) is
 * copied, owner-only, to {@code <its parent>/<kind>-<runId>/} (reports/dry-run-7/), and {@code <its parent>/latest}
 * becomes a symbolic link to that copy (relative, replaced in one rename, so a reader never sees it missing). A later
 * reconciliation of the same run replaces that run's copy: a run's verdict is that of its latest reconciliation.
 */
public final class RunHistory {
    /** The link to the newest run's report, beside the runs' directories. */
    public static final String LATEST = "latest";
    /** How a refusal names the history's directory. */
    public static final String WHAT = "report history directory (the parent of the report directory, where every run's report is kept)";

    private final Path root;

    /**
     * Why reports may not be written to {@code reportDir} and kept beside it (both are created when missing): another
     * account owns the directory or its parent, or may write to either. Empty when both are this account's alone.
     */
    public static java.util.Optional<String> unsafePlace(Path reportDir) throws IOException {
        Path absolute = reportDir.toAbsolutePath().normalize();
        PrivateFiles.createDirectories(absolute); // owner-only, as every directory the tool creates
        java.util.Optional<String> reachable = PrivateFiles.notOwnerOnly(absolute);
        if (reachable.isPresent()) {
            return java.util.Optional.of(PrivateFiles.refusal(absolute, reachable.get()));
        }
        RunHistory history = besides(absolute);
        return PrivateFiles.notOwnerOnly(history.root()).map(why -> PrivateFiles.refusal(WHAT, history.root(), why));
    }

    /** The history beside {@code reportDir}: its parent directory. */
    public static RunHistory besides(Path reportDir) {
        Path parent = reportDir.toAbsolutePath().normalize().getParent();
        return new RunHistory(parent == null ? reportDir.toAbsolutePath() : parent);
    }

    public RunHistory(Path root) {
        this.root = root;
    }

    /** Where the runs' directories and {@link #LATEST} are. */
    public Path root() {
        return root;
    }

    /** The directory of one run's report: {@code <kind>-<runId>}. */
    public Path runDirectory(String kind, long runId) {
        return root.resolve(kind + "-" + runId);
    }

    /** Copies the report directory to the run's directory and points {@link #LATEST} at it; returns the run's directory. */
    public Path keep(Path reportDir, String kind, long runId) {
        Path target = runDirectory(kind, runId);
        try {
            java.util.Optional<String> reachable = PrivateFiles.notOwnerOnly(root);
            if (reachable.isPresent()) {
                throw new FileSystemException(PrivateFiles.refusal(WHAT, root, reachable.get()));
            }
            if (Files.isSymbolicLink(target)) {
                throw new FileSystemException(target.toString(), null, "is a symbolic link, not the run's own directory: "
                        + "remove it, so the run's report is kept here and not where it points");
            }
            copyTree(reportDir.toAbsolutePath().normalize(), target);
            pointLatestAt(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the report of " + kind + " run " + runId + " in " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        PrivateFiles.createDirectories(to);
        List<Path> entries;
        try (Stream<Path> list = Files.list(from)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            Path copy = to.resolve(entry.getFileName().toString());
            // links are not followed: the report's own files are plain files and directories
            if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                copyTree(entry, copy);
            } else if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                PrivateFiles.write(copy, Files.readAllBytes(entry));
            }
        }
    }

    /** A new link under a temporary name, renamed over the old one: atomic on POSIX file systems. */
    private void pointLatestAt(Path target) throws IOException {
        Path latest = root.resolve(LATEST);
        if (Files.exists(latest, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(latest)) {
            throw new FileSystemException(latest.toString(), null, "exists and is not a symbolic link: move it away so "
                    + "it can point to the newest run's report");
        }
        Path temporary = root.resolve("." + LATEST + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createSymbolicLink(temporary, target.getFileName());
        Files.move(temporary, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
