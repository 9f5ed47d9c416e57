package org.switchover.operation;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.project.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * `init DIR [--from PROJECT]`: copies a project's parts (switchover.yml, legacy/, target-schema/, mappings/,
 * reconciliation/, returns/cin-census/, fixtures/) into a new folder, the start of a migration project for another legacy system.
 * Refuses, before writing anything, a folder that exists and is not empty, and a source that is no project.
 */
public record InitOperation(SwitchoverSettings settings, Path directory) {
    /** What a project folder holds, in the order they are copied; a part the source lacks is skipped. */
    static final List<String> PARTS = List.of(Project.CONFIG_FILE, Project.LEGACY, Project.TARGET_SCHEMA, Project.MAPPINGS,
            Project.CHECKS, Project.CIN_CENSUS, Project.FIXTURES);

    /** The files copied, relative to the new project. */
    public List<Path> run() {
        Project from = settings.project();
        if (!Files.isDirectory(from.mappings()) || !Files.isDirectory(from.targetSchema())) {
            throw new ConfigurationException("init: " + (from.root().toString().isEmpty() ? "the working directory" : from.root())
                    + " is not a migration project (it needs mappings/ and target-schema/)");
        }
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new ConfigurationException("init: " + directory + " already exists and is not empty; give a new folder");
        }
        List<Path> copied = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (String part : PARTS) {
                Path source = from.root().resolve(part);
                if (Files.exists(source)) {
                    copy(source, directory.resolve(part), from.root(), copied);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("init: cannot copy into " + directory, e);
        }
        return List.copyOf(copied);
    }

    private static void copy(Path source, Path target, Path root, List<Path> copied) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.sorted().toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                    copied.add(root.toAbsolutePath().relativize(path.toAbsolutePath()));
                }
            }
        }
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
