package org.switchover.testing;

import org.flywaydb.core.Flyway;
import org.switchover.db.ConnectionSpec;

/**
 * Applies the project's Flyway migrations (schemas csc and migration) to a test target database.
 * Stands in for org.switchover.target.TargetSchema.migrate until that class is on this branch.
 */
public final class TargetTestSchema {
    private TargetTestSchema() {
    }

    public static void migrate(ConnectionSpec target) {
        Flyway.configure()
                .dataSource(target.url(), target.user(), target.password())
                .schemas("csc", "migration")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
