package org.switchover.codemap;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** All code maps of a directory (one {@code <name>.yml} per map), by name. Immutable. */
public final class CodeMaps {
    /** Where the project keeps them, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("mappings", "codes");

    private final Map<String, CodeMap> byName;

    private CodeMaps(Map<String, CodeMap> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** Loads every map; throws {@link ConfigException} listing every problem in every file if any is found. */
    public static CodeMaps load(Path directory) {
        List<ConfigProblem> problems = new ArrayList<>();
        CodeMaps maps = read(directory, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return maps;
    }

    /** Every problem in the directory's code maps, in file then line order; empty when all are valid. */
    public static List<ConfigProblem> validate(Path directory) {
        List<ConfigProblem> problems = new ArrayList<>();
        read(directory, problems);
        return List.copyOf(problems);
    }

    /** Reads every map it can, adding each problem found to {@code problems} (callers that report many files at once). */
    public static CodeMaps read(Path directory, List<ConfigProblem> problems) {
        Map<String, CodeMap> maps = new TreeMap<>();
        for (Path file : mapFiles(directory, problems)) {
            List<ConfigProblem> fileProblems = new ArrayList<>();
            CodeMapFileReader.read(file, fileProblems).ifPresent(map -> maps.put(map.name(), map));
            fileProblems.sort(Comparator.comparingInt(ConfigProblem::line));
            problems.addAll(fileProblems);
        }
        return new CodeMaps(maps);
    }

    private static List<Path> mapFiles(Path directory, List<ConfigProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(ConfigProblem.ofFile(directory, "code map directory not found"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> files = entries.filter(CodeMapFileReader::isCodeMapFile).sorted().toList();
            if (files.isEmpty()) {
                problems.add(ConfigProblem.ofFile(directory, "no code maps (*.yml) in this directory"));
            }
            return files;
        } catch (IOException e) {
            problems.add(ConfigProblem.ofFile(directory, "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }

    public Optional<CodeMap> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The named map; a name that does not exist is a mapping error, reported with the names that do. */
    public CodeMap get(String name) {
        CodeMap map = byName.get(name);
        if (map == null) {
            throw new IllegalArgumentException("no code map named '" + name + "'; known: " + byName.keySet());
        }
        return map;
    }

    /** Names in alphabetical order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<CodeMap> all() {
        return List.copyOf(byName.values());
    }
}
