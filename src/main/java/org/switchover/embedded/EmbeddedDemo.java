package org.switchover.embedded;

import org.switchover.config.Defaults;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GenerationResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The zero-configuration setting of the main job: embedded servers, a legacy database filled by
 * the generator at a small scale (its ground truth written beside the report), and an empty
 * target database.
 */
public final class EmbeddedDemo implements AutoCloseable {
    /** Scale of the generated legacy data when no --scale is given: about 10,000 legacy rows. */
    public static final double DEFAULT_SCALE = 0.01;
    /** Go-live date of the demo: the day after the generator's default extract date. */
    public static final java.time.LocalDate GO_LIVE = java.time.LocalDate.of(2019, 2, 1);
    /** File name of the generator's ground truth inside the report directory. */
    public static final String GROUND_TRUTH_FILE = "ground-truth.json";

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

    public static EmbeddedDemo start(double scale, long seed, Path reportDir) {
        EmbeddedServers servers = EmbeddedServers.start();
        try {
            create(servers.legacyServer(), "sql/embedded/create_legacy_database.sql");
            create(servers.targetServer(), "sql/embedded/create_target_database.sql");
            ConnectionSpec legacy = servers.legacyServer().withDatabase(Defaults.LEGACY_DATABASE);
            ConnectionSpec target = servers.targetServer().withDatabase(Defaults.TARGET_DATABASE);
            LegacySchema.create(legacy);
            GeneratorSettings settings = GeneratorSettings.builder().scale(scale).seed(seed)
                    .groundTruthFile(reportDir.resolve(GROUND_TRUTH_FILE)).build();
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
