package org.switchover.mapping;

import org.switchover.db.SqlResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The standard catalogues: legacy tables from sql/legacy/schema.sql, target csc tables from the Flyway migrations. */
public final class TargetCatalog {
    static final String LEGACY_DDL = "sql/legacy/schema.sql";
    static final String FLYWAY_LOCATION = "db/migration";
    /** The schema of the supplier's tables; the toolkit's own bookkeeping schema is not mapped. */
    static final String TARGET_SCHEMA = "csc";
    private static volatile TableCatalog target;
    private static volatile TableCatalog legacy;

    private TargetCatalog() {
    }

    public static TableCatalog standard() {
        if (target == null) {
            List<String> texts = new ArrayList<>();
            for (String name : migrationFiles()) {
                texts.add(SqlResource.load(FLYWAY_LOCATION + "/" + name).text());
            }
            target = TableCatalog.parse(texts, TARGET_SCHEMA);
        }
        return target;
    }

    public static TableCatalog legacy() {
        if (legacy == null) {
            legacy = TableCatalog.parse(List.of(SqlResource.load(LEGACY_DDL).text()));
        }
        return legacy;
    }

    /** Migration file names in version order; works from classes on disk and from the packaged jar. */
    static List<String> migrationFiles() {
        URL url = TargetCatalog.class.getClassLoader().getResource(FLYWAY_LOCATION);
        if (url == null) {
            throw new IllegalStateException("no Flyway migrations on the classpath at " + FLYWAY_LOCATION);
        }
        try {
            List<String> names = new ArrayList<>();
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                // a cached JarFile is shared with the class loader; closing it would break later loads
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FLYWAY_LOCATION + "/") && n.endsWith(".sql"))
                            .forEach(n -> names.add(n.substring(FLYWAY_LOCATION.length() + 1)));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(names::add);
                }
            }
            names.sort(java.util.Comparator.comparingInt(TargetCatalog::version));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(String name) {
        String digits = name.substring(1, name.indexOf("__")).split("\\.")[0];
        return Integer.parseInt(digits);
    }
}
