package org.switchover.mapping;

import org.switchover.codemap.CodeMaps;
import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.mapping.MappingFile.ColumnSpec;
import org.switchover.pipeline.MappingPlan;
import org.switchover.project.Project;
import org.switchover.transform.JsonObjectTransform;
import org.switchover.transform.TransformRegistry;
import org.switchover.transform.TransformSettings;
import org.switchover.transform.ValueTransform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * All mapping files of a directory (mappings/*.yml with their code maps in mappings/codes/),
 * validated together. It can only be built when there is no problem at all, so a broken file
 * stops a run before any data moves.
 */
public final class MappingSet {
    /** Where code maps live, relative to the mapping directory. */
    public static final String CODES_DIRECTORY = "codes";
    /** The transform used when a column names none: text as is, NUL bytes removed. */
    public static final String DEFAULT_TRANSFORM = "text";

    private final Path directory;
    private final Project project;
    private final List<MappingFile> files;
    private final TransformRegistry transforms;
    private final CodeMaps codeMaps;
    private final String hash;

    private MappingSet(Path directory, Project project, List<MappingFile> files, TransformRegistry transforms, CodeMaps codeMaps,
                       String hash) {
        this.directory = directory;
        this.project = project;
        this.files = files;
        this.transforms = transforms;
        this.codeMaps = codeMaps;
        this.hash = hash;
    }

    /** Loads and validates; throws {@link ConfigException} listing every problem with file and line. */
    public static MappingSet load(Path directory, TransformSettings settings) {
        return load(directory, Project.DEFAULT, settings);
    }

    /** As {@link #load(Path, TransformSettings)}; mappings outside a project folder belong to {@code project}. */
    public static MappingSet load(Path directory, Project project, TransformSettings settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        MappingSet set = read(directory, Project.holding(directory, project), settings, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return set;
    }

    /** Every problem of the directory's mapping files; empty when they are all valid. */
    public static List<ConfigProblem> check(Path directory, TransformSettings settings) {
        return check(directory, Project.DEFAULT, settings);
    }

    /** As {@link #check(Path, TransformSettings)}; mappings outside a project folder belong to {@code project}. */
    public static List<ConfigProblem> check(Path directory, Project project, TransformSettings settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        read(directory, Project.holding(directory, project), settings, problems);
        return problems;
    }

    private static MappingSet read(Path directory, Project project, TransformSettings settings, List<ConfigProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(ConfigProblem.ofFile(directory.toAbsolutePath().normalize(), "the mapping directory does not exist "
                    + "(run from the migration project's folder, or give --project DIR)"));
            return null;
        }
        CodeMaps codeMaps = CodeMaps.read(directory.resolve(CODES_DIRECTORY), problems);
        TransformRegistry transforms = TransformRegistry.standard(settings);
        MappingValidator validator = new MappingValidator(project.legacyCatalog(), project.targetCatalog(), transforms, codeMaps);
        List<MappingFile> files = new ArrayList<>();
        Map<String, Path> targets = new LinkedHashMap<>();
        for (Path path : mappingPaths(directory)) {
            MappingReader.read(path, problems).ifPresent(file -> {
                Path earlier = targets.putIfAbsent(file.target(), path);
                if (earlier != null) {
                    problems.add(new ConfigProblem(path, 1, "target table " + file.target() + " is already mapped by " + earlier));
                }
                validator.validate(file, problems);
                files.add(file);
            });
        }
        validator.validatePerson(files, problems);
        return new MappingSet(directory, project, List.copyOf(files), transforms, codeMaps, hashOf(directory));
    }

    private static List<Path> mappingPaths(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** SHA-256 over every mapping and code-map file (path and bytes), in path order: runs and sign-offs record it. */
    static String hashOf(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path path : paths.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                digest.update(directory.relativize(path).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(path));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The named mappings and, transitively, every mapping they reference (their columns' and rules' {@code ref:}, the
     * person for {@code ref: person}): what a scratch run ({@code dry-run --only}) loads. The hash stays the whole set's,
     * since the run still migrates with these files. An unknown name is a {@link ConfigurationException} naming it and
     * the known ones.
     */
    public MappingSet only(java.util.Collection<String> names) {
        Map<String, MappingFile> byTarget = new LinkedHashMap<>();
        files.forEach(file -> byTarget.put(file.id(), file));
        List<String> unknown = names.stream().filter(name -> !byTarget.containsKey(name)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new org.switchover.config.ConfigurationException("--only: no mapping named " + String.join(", ", unknown) + " in "
                    + directory + "; the mappings are " + String.join(", ", byTarget.keySet().stream().sorted().toList()));
        }
        String personTarget = person().map(PersonMapping::targetTable).orElse(null);
        Set<String> wanted = new java.util.TreeSet<>();
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(names);
        while (!pending.isEmpty()) {
            String target = pending.pop();
            MappingFile file = byTarget.get(target);
            if (file != null && wanted.add(target)) {
                pending.addAll(LoadOrder.referencedTables(file, personTarget));
            }
        }
        return new MappingSet(directory, project, files.stream().filter(file -> wanted.contains(file.id())).toList(), transforms, codeMaps, hash);
    }

    public String hash() {
        return hash;
    }

    public Path directory() {
        return directory;
    }

    /** The project the mappings belong to: its target-schema/ and legacy/ hold the catalogs they were checked against. */
    public Project project() {
        return project;
    }

    public List<MappingFile> files() {
        return files;
    }

    /** Compiles one file against the given references (the database's, or a fixture's). */
    public CompiledMapping compile(MappingFile file, Supplier<References> references) {
        List<CompiledColumn> columns = new ArrayList<>();
        for (ColumnSpec spec : file.columns().values()) {
            columns.add(new CompiledColumn(spec, transformOf(spec), spec.codes() == null ? null : codeMaps.find(spec.codes()).orElseThrow()));
        }
        var explodeCodes = file.explode() == null || file.explode().codes() == null ? null
                : codeMaps.find(file.explode().codes()).orElseThrow();
        return new CompiledMapping(file, columns, explodeCodes, references);
    }

    /** The transform of a column, or null for a constant (the crosswalks apply it to legacy values as the load does). */
    public ValueTransform transformOf(ColumnSpec spec) {
        if (spec.isConstant()) {
            return null;
        }
        String name = spec.transform() == null ? DEFAULT_TRANSFORM : spec.transform();
        if (JsonObjectTransform.NAME.equals(name)) {
            return JsonObjectTransform.withKeys(spec.from());
        }
        return transforms.find(name).orElseThrow();
    }

    /** Every legacy column the mappings read, with the legacy types each may have: what the preflight checks. */
    public List<LegacyRead> legacyReads() {
        return LegacyRead.of(this);
    }

    /** The mapping declared {@code role: person}, which every {@code ref: person} resolves to; empty when none is. */
    public Optional<PersonMapping> person() {
        return files.stream().filter(MappingFile::isPerson).findFirst().map(PersonMapping::of);
    }

    /**
     * The engine's plans, in load order: a mapping comes after every mapping whose target it references. The
     * references are told the declared person before a mapping first uses them.
     */
    public List<MappingPlan> plans(Supplier<References> references) {
        PersonMapping person = person().orElse(null);
        String personTarget = person == null ? null : person.targetTable();
        Supplier<References> declared = () -> {
            References refs = references.get();
            if (refs != null && person != null) {
                refs.declare(person);
            }
            return refs;
        };
        Map<String, Integer> levels = LoadOrder.levels(files, personTarget);
        List<MappingPlan> plans = new ArrayList<>();
        for (MappingFile file : files) {
            CompiledMapping compiled = compile(file, declared);
            plans.add(new MappingPlan(file.id(), file.sourceTable(), file.sourceKey(), compiled.sourceColumns(), file.target(),
                    levels.get(file.target()), compiled, Set.copyOf(LoadOrder.referencedTables(file, personTarget)),
                    keys(file, personTarget)));
        }
        plans.sort(Comparator.comparingInt(MappingPlan::loadOrder).thenComparing(MappingPlan::targetTable));
        return plans;
    }

    /** Where the file's keys go: the column holding its legacy key, its single-column references, whether it is the person. */
    private static MappingPlan.Keys keys(MappingFile file, String personTarget) {
        List<MappingPlan.Reference> references = new ArrayList<>();
        for (ColumnSpec spec : file.columns().values()) {
            if (spec.ref() != null && spec.from().size() == 1) {
                boolean person = References.PERSON.equals(spec.ref());
                references.add(new MappingPlan.Reference(spec.from().get(0), person ? personTarget : spec.ref(), person));
            }
        }
        return new MappingPlan.Keys(file.legacyKeyColumn(), references, file.isPerson());
    }
}
