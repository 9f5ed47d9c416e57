package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A legacy database with headline records that cannot migrate, and no others: generated data whose headlines all migrate
 * (scale 0.005, seed 5), into which sql/reconcile-test/plant_unmigratable_headlines.legacy.sql plants an open duty referral
 * of client_no 0 (900001), an active plan of a client_no no client has (900001) and an active plan of a client whose merge
 * chain loops (900002, client TST/0900001).
 */
public final class UnmigratableHeadlines {
    private UnmigratableHeadlines() {
    }

    /** Creates the legacy schema in the empty {@code legacy}, fills it and plants the records. */
    public static void plantedInto(ConnectionSpec legacy) throws SQLException {
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(5L).build());
        try (Connection connection = Databases.connect(legacy)) {
            SqlResource.load("sql/reconcile-test/plant_unmigratable_headlines.legacy.sql").executeAll(connection);
        }
    }
}
