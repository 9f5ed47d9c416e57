package org.switchover.preflight;

import org.switchover.db.LegacyErrorCodes;
import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Whether the legacy user may create temporary tables (sql/preflight/temporary_table_probe.legacy.sql). The
 * reconciliation's shared sets live in the legacy session's temporary tables; without the right, a dry run would
 * load every table and only then fail its checks.
 */
final class LegacyTemporaryTables {
    private LegacyTemporaryTables() {
    }

    static Optional<String> problem(Connection legacy, String identity) throws SQLException {
        try (Statement statement = legacy.createStatement()) {
            statement.execute(SqlResource.load("sql/preflight/temporary_table_probe.legacy.sql").text());
            statement.execute(SqlResource.load("sql/preflight/drop_temporary_table_probe.legacy.sql").text());
            return Optional.empty();
        } catch (SQLException e) {
            if (LegacyErrorCodes.optionPrevents(e)) {
                return Optional.of("legacy database " + identity + ": the server will not make the reconciliation's shared sets"
                        + " as InnoDB temporary tables (with NO_ENGINE_SUBSTITUTION it refused ENGINE=InnoDB): its"
                        + " enforce_storage_engine names another engine,"
                        + " which would hold the sets instead (BLACKHOLE keeps no rows, and every check that reads a set would"
                        + " compare the target with an empty legacy side); set enforce_storage_engine back to NULL or InnoDB");
            }
            if (!LegacyErrorCodes.accessDenied(e)) {
                throw e;
            }
            return Optional.of("legacy database " + identity + ": the legacy user cannot create temporary tables, in which the "
                    + "reconciliation builds the sets its checks share (reconciliation/sql/shared); grant it CREATE TEMPORARY TABLES "
                    + "on the legacy database (`switchover grants` prints the statement)");
        }
    }
}
