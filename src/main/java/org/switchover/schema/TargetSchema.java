package org.switchover.schema;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseUnavailableException;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import org.switchover.project.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Creates and checks the target's schemas: the toolkit's own migration schema with the Flyway migrations in
 * {@value #MIGRATION_LOCATION}, and csc with the project's target-schema/ migrations (each with its own history
 * table); empties csc before a dry run.
 * Every failure is one line naming the target database: {@link TargetSchemaException} for a
 * schema that does not match the migrations, DatabaseUnavailableException for a server that cannot be reached.
 */
public final class TargetSchema {
    /** Where the versioned migrations live on the classpath. */
    public static final String MIGRATION_LOCATION = "classpath:db/migration";
    /** The supplier's schema, created by the project's target-schema/ migrations and filled by the migration. */
    public static final String CSC_SCHEMA = Project.TARGET_SCHEMA_NAME;
    /** The toolkit's bookkeeping schema; it also holds Flyway's history table. */
    public static final String MIGRATION_SCHEMA = "migration";
    /** Flyway's history table of the toolkit's own migrations, inside {@link #MIGRATION_SCHEMA}. */
    public static final String HISTORY_TABLE = "flyway_schema_history";
    /** Flyway's history table of the project's target-schema/ migrations, also inside {@link #MIGRATION_SCHEMA}. */
    public static final String TARGET_HISTORY_TABLE = "csc_history";
    /** Flyway holds one connection for its lock and history and may open a second to apply a migration. */
    private static final int FLYWAY_CONNECTIONS = 2;
    /** Seconds the reachability probe may take. */
    private static final int PROBE_TIMEOUT_SECONDS = 5;
    private static final String TRUNCATE_CSC = "sql/target/truncate_csc.sql";
    /** Migrate may find migrations not yet applied (that is its job); nothing else is tolerated. */
    private static final String[] PENDING_ALLOWED = {"*:pending"};
    private static final String[] NOTHING_IGNORED = {};

    private TargetSchema() {
    }

    /** {@link #migrate(ConnectionSpec, Project)} with the default project's target schema. */
    public static MigrateResult migrate(ConnectionSpec target) {
        return migrate(target, Project.DEFAULT);
    }

    /**
     * Brings the toolkit's migration schema (from the jar) and then the project's target schema (its target-schema/
     * folder, with its own history table) up to their newest migrations. Refuses, before changing anything, when an
     * applied migration was edited since or is unknown.
     */
    public static MigrateResult migrate(ConnectionSpec target, Project project) {
        int toolkit = withFlyway(target, toolkit(), PENDING_ALLOWED, flyway -> {
            failUnlessValid(target, flyway.validateWithResult());
            return flyway.migrate().migrationsExecuted;
        });
        return withFlyway(target, supplier(project), PENDING_ALLOWED, flyway -> {
            failUnlessValid(target, flyway.validateWithResult());
            int applied = flyway.migrate().migrationsExecuted;
            return new MigrateResult(toolkit + applied, toolkitVersion(target), currentVersion(flyway));
        });
    }

    /** Checks that every migration of the toolkit and of the default project is applied, unchanged, and no others. */
    public static void validate(ConnectionSpec target) {
        validate(target, Project.DEFAULT);
    }

    /** Checks that every migration of the toolkit and of the project is applied, unchanged, and that no others are. */
    public static void validate(ConnectionSpec target, Project project) {
        for (Layout layout : List.of(toolkit(), supplier(project))) {
            withFlyway(target, layout, NOTHING_IGNORED, flyway -> {
                failUnlessValid(target, flyway.validateWithResult());
                return null;
            });
        }
    }

    /** Empties every csc table (one TRUNCATE ... RESTART IDENTITY, no CASCADE); bookkeeping is kept. */
    public static void truncateCsc(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(TRUNCATE_CSC).text()); // one DO block: its inner ';' do not split it
        }
    }

    /** Where one set of migrations comes from, which schemas it owns and which history table records it. */
    private record Layout(String location, String history, String... schemas) {
    }

    private static Layout toolkit() {
        return new Layout(MIGRATION_LOCATION, HISTORY_TABLE, MIGRATION_SCHEMA);
    }

    private static Layout supplier(Project project) {
        Path folder = project.targetSchema();
        if (Project.sqlFiles(folder).isEmpty()) {
            throw new org.switchover.config.ConfigurationException("the project's target schema folder " + folder
                    + " holds no Flyway migrations (V1__name.sql ...)");
        }
        // its history sits in the migration schema: csc holds only the supplier's tables, and truncating csc keeps it
        return new Layout("filesystem:" + folder.toAbsolutePath(), TARGET_HISTORY_TABLE, CSC_SCHEMA);
    }

    private static String toolkitVersion(ConnectionSpec target) {
        return withFlyway(target, toolkit(), PENDING_ALLOWED, TargetSchema::currentVersion);
    }

    private static <T> T withFlyway(ConnectionSpec target, Layout layout, String[] ignoredStates, Function<Flyway, T> work) {
        // One plain connection first: an unreachable server is reported at once, in the usual words,
        // instead of after the pool's retries or inside a Flyway stack.
        try (Connection probe = Databases.connect(target)) {
            probe.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(target, e);
        }
        try (HikariDataSource dataSource = Databases.pool(target, FLYWAY_CONNECTIONS)) {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(layout.location())
                    .defaultSchema(MIGRATION_SCHEMA)
                    .schemas(layout.schemas())
                    .table(layout.history())
                    .createSchemas(true)
                    .cleanDisabled(true)
                    .ignoreMigrationPatterns(ignoredStates)
                    .load();
            return work.apply(flyway);
        } catch (FlywayException e) {
            throw FlywayProblems.translate(target, e);
        }
    }

    private static void failUnlessValid(ConnectionSpec target, ValidateResult result) {
        if (!result.validationSuccessful) {
            throw new TargetSchemaException(target, "schema validation failed: " + FlywayProblems.describe(result));
        }
    }

    private static String currentVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? "" : current.getVersion().getVersion();
    }
}
