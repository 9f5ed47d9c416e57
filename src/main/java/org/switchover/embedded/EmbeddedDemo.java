package org.switchover.embedded;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GenerationResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.project.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The zero-configuration setting of the main job: embedded servers, a legacy database filled by
 * the generator at a small scale (its ground truth written beside the report), and an empty
 * target database.
 */
public final class EmbeddedDemo implements AutoCloseable {
    private final EmbeddedServers servers;
    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final GenerationResult generation;

    private EmbeddedDemo(EmbeddedServers servers, ConnectionSpec legacy, ConnectionSpec target, GenerationResult generation) {
        this.servers = servers;
        this.legacy = legacy;
        this.target = target;
        this.generation = generation;
    }

    /** Starts the servers, creates both databases and generates the legacy data, writing its ground truth to {@code groundTruthFile}. */
    public static EmbeddedDemo start(double scale, long seed, Path groundTruthFile) {
        return start(Project.DEFAULT, scale, seed, groundTruthFile);
    }

    /**
     * Starts the servers and creates both databases with the project's legacy schema; a project with fixtures/*.sql
     * gets that data (generation is then null), any other the generated data of the built-in example.
     */
    public static EmbeddedDemo start(Project project, double scale, long seed, Path groundTruthFile) {
        EmbeddedServers servers = EmbeddedServers.start();
        try {
            create(servers.legacyServer(), "sql/embedded/create_legacy_database.sql");
            create(servers.targetServer(), "sql/embedded/create_target_database.sql");
            ConnectionSpec legacy = servers.legacyServer().withDatabase(SwitchoverSettings.LEGACY_DATABASE);
            ConnectionSpec target = servers.targetServer().withDatabase(SwitchoverSettings.TARGET_DATABASE);
            LegacySchema.create(legacy, project.legacySchemaFile());
            List<Path> fixtures = Project.sqlFiles(project.fixtures());
            if (!fixtures.isEmpty()) {
                LegacySchema.load(legacy, fixtures);
                return new EmbeddedDemo(servers, legacy, target, null);
            }
            GeneratorSettings settings = GeneratorSettings.builder().scale(scale).seed(seed)
                    .groundTruthFile(groundTruthFile).build();
            GenerationResult generation = new LegacyGenerator().generate(legacy, settings);
            return new EmbeddedDemo(servers, legacy, target, generation);
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    public ConnectionSpec legacy() {
        return legacy;
    }

    public ConnectionSpec target() {
        return target;
    }

    /** The generated data; null when the project's fixtures filled legacy. */
    public GenerationResult generation() {
        return generation;
    }

    @Override
    public void close() {
        servers.close();
    }

    private static void create(ConnectionSpec server, String sqlFile) {
        try (Connection connection = Databases.connect(server); Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(sqlFile).text());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the embedded database (" + sqlFile + "): " + e.getMessage(), e);
        }
    }
}
