package org.switchover.project;

import org.switchover.db.SqlResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A migration project: one folder holding everything about one migration, so a new legacy system needs files,
 * not a rebuild. The repository root is the default project (the working directory), so its mappings/ and
 * reconciliation/ keep working unchanged. The target schema's migrations are in target-schema/, not target/,
 * because target/ is Maven's build folder.
 */
public record Project(Path root) {
    /** The configuration file of the project. */
    public static final String CONFIG_FILE = "switchover.yml";
    /** Mapping files, with their code maps in mappings/codes/. */
    public static final String MAPPINGS = "mappings";
    /** Reconciliation checks, their SQL in reconciliation/sql/. */
    public static final String CHECKS = "reconciliation";
    /** Flyway migrations (V&lt;n&gt;__*.sql) that create the target schema. */
    public static final String TARGET_SCHEMA = "target-schema";
    /** The legacy catalog, declared as DDL in legacy/schema.sql. */
    public static final String LEGACY = "legacy";
    /** The declared legacy catalog's file, inside {@link #LEGACY}. */
    public static final String LEGACY_SCHEMA_FILE = "schema.sql";
    /** Optional SQL data the embedded default loads into legacy instead of generated data. */
    public static final String FIXTURES = "fixtures";
    /** The queries of the CIN census return over the project's target schema: one per census element group. */
    public static final String CIN_CENSUS = "returns/cin-census";
    /** The schema of the target's migrated tables; the toolkit's own bookkeeping schema is never mapped. */
    public static final String TARGET_SCHEMA_NAME = "csc";
    /** The default project: the working directory (the repository root). */
    public static final Project DEFAULT = new Project(Path.of(""));

    private static final Map<Path, TableCatalog> CATALOGS = new ConcurrentHashMap<>();

    public Project {
        root = root == null ? Path.of("") : root;
    }

    /** The project that holds a mapping directory: its parent when that has target-schema/, else {@code otherwise}. */
    public static Project holding(Path mappings, Project otherwise) {
        Path parent = mappings.toAbsolutePath().normalize().getParent();
        if (parent != null && Files.isDirectory(parent.resolve(TARGET_SCHEMA))) {
            return parent.equals(Path.of("").toAbsolutePath()) ? DEFAULT : new Project(parent);
        }
        return otherwise;
    }

    public Path configFile() {
        return root.resolve(CONFIG_FILE);
    }

    public Path mappings() {
        return root.resolve(MAPPINGS);
    }

    public Path checks() {
        return root.resolve(CHECKS);
    }

    public Path targetSchema() {
        return root.resolve(TARGET_SCHEMA);
    }

    public Path legacySchemaFile() {
        return root.resolve(LEGACY).resolve(LEGACY_SCHEMA_FILE);
    }

    public Path cinCensus() {
        return root.resolve(CIN_CENSUS);
    }

    public Path fixtures() {
        return root.resolve(FIXTURES);
    }

    /** The target tables the project's Flyway migrations create in {@link #TARGET_SCHEMA_NAME}. */
    public TableCatalog targetCatalog() {
        return CATALOGS.computeIfAbsent(targetSchema().toAbsolutePath().normalize(),
                dir -> TableCatalog.parse(texts(sqlFiles(targetSchema())), TARGET_SCHEMA_NAME));
    }

    /**
     * The legacy tables the project declares in legacy/schema.sql; null when it declares none: the legacy catalog is then
     * the live one, read from information_schema by the preflight of every run and by validate --legacy-url.
     */
    public TableCatalog legacyCatalog() {
        if (!Files.isRegularFile(legacySchemaFile())) {
            return null;
        }
        return CATALOGS.computeIfAbsent(legacySchemaFile().toAbsolutePath().normalize(),
                file -> TableCatalog.parse(texts(List.of(legacySchemaFile()))));
    }

    /** The project's .sql files of a folder in Flyway version order (V2 before V10); empty when it has none. */
    public static List<Path> sqlFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sql = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".sql")).toList());
            sql.sort(Comparator.comparing(Project::versionKey));
            return sql;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String versionKey(Path file) {
        String name = file.getFileName().toString();
        int separator = name.indexOf("__");
        if (name.startsWith("V") && separator > 1 && name.substring(1, separator).matches("[0-9]+(\\.[0-9]+)*")) {
            String digits = name.substring(1, separator).split("\\.")[0];
            return String.format("%012d", Long.parseLong(digits)) + name;
        }
        return name;
    }

    private static List<String> texts(List<Path> files) {
        return files.stream().filter(Files::isRegularFile).map(f -> SqlResource.file(f).text()).toList();
    }
}
