package org.switchover.privileges;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.preflight.PreflightException;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchover.privileges.PrivilegeScripts.format;
import static org.switchover.privileges.PrivilegeScripts.run;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legacy reader's one right beyond SELECT, CREATE TEMPORARY TABLES (the reconciliation's shared sets live in its
 * session's temporary tables): without it a dry run is refused before it empties csc, and with it the reader still
 * cannot change a legacy row.
 */
@ExtendWith(TestDatabases.class)
class LegacyTemporaryTablesTest {
    private static final String PASSWORD = "temporary-tables-test";

    @Test
    void aLegacyReaderWithoutTemporaryTablesIsRefusedBeforeCscIsEmptied(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                        @TempDir Path dir) throws Exception {
        // given a dry run as the administrators, so csc holds persons
        ConnectionSpec legacyAdmin = legacyDb.spec();
        LegacySchema.create(legacyAdmin);
        new LegacyGenerator().generate(legacyAdmin, GeneratorSettings.builder().scale(0.01).seed(7).build());
        LocalDate goLive = LocalDate.now().plusDays(30);
        Switchover.configure().legacy(legacyAdmin).target(targetDb.spec()).reportDir(dir.resolve("admin")).quiet(true).goLive(goLive)
                .build().dryRun();
        long persons = persons(targetDb.spec());
        assertTrue(persons > 0, "the administrators' dry run loaded persons");
        // and the printed legacy reader, with CREATE TEMPORARY TABLES taken away again
        String reader = "lp_tmp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var grants = Switchover.configure().build().grants(new org.switchover.privileges.Grants.Names(reader, "unused_owner",
                "unused_reader", legacyAdmin.database(), targetDb.spec().database()));
        try {
            run(legacyAdmin, grants.legacyReader());
            run(legacyAdmin, List.of(format("sql/privileges/set_password.legacy.sql", reader, PASSWORD)));
            ConnectionSpec legacyReader = new ConnectionSpec(DatabaseRole.LEGACY, legacyAdmin.url(), reader, PASSWORD);
            // then, with the printed rights, the reader still cannot change a legacy row
            SQLException write = assertThrows(SQLException.class, () -> run(legacyReader,
                    List.of(SqlResource.load("sql/privileges/write_legacy.legacy.sql").statements().get(0))));
            assertTrue(write.getMessage().contains("UPDATE command denied"), write.getMessage());
            run(legacyAdmin, List.of(format("sql/privileges/revoke_temporary_tables.legacy.sql", reader, legacyAdmin.database())));

            // when that reader makes a dry run
            PreflightException refused = assertThrows(PreflightException.class, () -> Switchover.configure().legacy(legacyReader)
                    .target(targetDb.spec()).reportDir(dir.resolve("reader")).quiet(true).goLive(goLive).build().dryRun());

            // then it is refused, naming the right, and csc still holds what it held
            assertEquals(List.of("legacy database " + legacyReader.identity() + ": the legacy user cannot create temporary tables, "
                    + "in which the reconciliation builds the sets its checks share (reconciliation/sql/shared); grant it CREATE "
                    + "TEMPORARY TABLES on the legacy database (`switchover grants` prints the statement)"), refused.problems());
            assertEquals(persons, persons(targetDb.spec()));
        } finally {
            run(legacyAdmin, List.of(format("sql/privileges/drop_legacy_reader.legacy.sql", reader)));
        }
    }

    private static long persons(ConnectionSpec target) throws SQLException {
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/privileges/count_persons.sql").text())) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
