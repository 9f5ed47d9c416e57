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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Creates and checks the target's schemas (csc and the toolkit's own migration schema) with the
 * Flyway migrations in {@value #MIGRATION_LOCATION}, and empties csc before a dry run.
 * Every failure is one line naming the target database: {@link TargetSchemaException} for a
 * schema that does not match the migrations, DatabaseUnavailableException for a server that cannot be reached.
 */
public final class TargetSchema {
    /** Where the versioned migrations live on the classpath. */
    public static final String MIGRATION_LOCATION = "classpath:db/migration";
    /** The supplier's schema, filled by the migration. */
    public static final String CSC_SCHEMA = "csc";
    /** The toolkit's bookkeeping schema; it also holds Flyway's history table. */
    public static final String MIGRATION_SCHEMA = "migration";
    /** Flyway's history table, inside {@link #MIGRATION_SCHEMA}. */
    public static final String HISTORY_TABLE = "flyway_schema_history";
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

    /**
     * Brings the target up to the newest migration. Refuses, before changing anything, when an
     * applied migration was edited since or is unknown to this toolkit.
     */
    public static MigrateResult migrate(ConnectionSpec target) {
        return withFlyway(target, PENDING_ALLOWED, flyway -> {
            failUnlessValid(target, flyway.validateWithResult());
            org.flywaydb.core.api.output.MigrateResult result = flyway.migrate();
            return new MigrateResult(result.migrationsExecuted, currentVersion(flyway));
        });
    }

    /** Checks that every migration of this toolkit is applied, unchanged, and that no others are. */
    public static void validate(ConnectionSpec target) {
        withFlyway(target, NOTHING_IGNORED, flyway -> {
            failUnlessValid(target, flyway.validateWithResult());
            return null;
        });
    }

    /** Empties every csc table (one TRUNCATE ... RESTART IDENTITY, no CASCADE); bookkeeping is kept. */
    public static void truncateCsc(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(TRUNCATE_CSC).text()); // one DO block: its inner ';' do not split it
        }
    }

    private static <T> T withFlyway(ConnectionSpec target, String[] ignoredStates, Function<Flyway, T> work) {
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
                    .locations(MIGRATION_LOCATION)
                    .defaultSchema(MIGRATION_SCHEMA)
                    .schemas(CSC_SCHEMA, MIGRATION_SCHEMA)
                    .table(HISTORY_TABLE)
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
