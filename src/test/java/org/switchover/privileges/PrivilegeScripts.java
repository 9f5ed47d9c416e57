package org.switchover.privileges;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The privilege tests' SQL: test resources filled with role and database names, and run as one user. */
final class PrivilegeScripts {
    private PrivilegeScripts() {
    }

    /** The resource's statement (its comment lines dropped) with {@code values} in its %1$s, %2$s... */
    static String format(String resource, Object... values) {
        return String.format(SqlResource.load(resource).text().lines().filter(l -> !l.startsWith("--"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow().strip(), values);
    }

    static void run(ConnectionSpec database, List<String> statements) throws SQLException {
        try (Connection connection = Databases.connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
