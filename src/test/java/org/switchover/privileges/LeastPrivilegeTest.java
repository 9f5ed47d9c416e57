package org.switchover.privileges;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.operation.StatusResult;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.signoff.SignOff;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
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
 * The three roles `switchover grants` prints, created for real on the machine's servers (unique names, dropped after): a dry
 * run as the legacy reader and the target owner, then a reconcile, the owners' decisions and a sign-off as the report reader,
 * who cannot write to csc.
 */
@ExtendWith(TestDatabases.class)
class LeastPrivilegeTest {
    private static final String PASSWORD = "least-privilege-test";

    @Test
    void aDryRunAReconcileAndASignOffWorkWithExactlyThePrintedRights(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                    @TempDir Path dir) throws Exception {
        // given generated legacy data (as the administrator) and the printed grants for roles named for this test
        ConnectionSpec legacyAdmin = legacyDb.spec();
        ConnectionSpec targetAdmin = targetDb.spec();
        LegacySchema.create(legacyAdmin);
        new LegacyGenerator().generate(legacyAdmin, GeneratorSettings.builder().scale(0.01).seed(7).build());
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Grants.Names names = new Grants.Names("lp_legacy_" + suffix, "lp_owner_" + suffix, "lp_reader_" + suffix,
                legacyAdmin.database(), targetAdmin.database());
        Grants grants = Switchover.configure().build().grants(names);
        try {
            run(legacyAdmin, grants.legacyReader());
            run(legacyAdmin, List.of(format("sql/privileges/set_password.legacy.sql", names.legacyReader(), PASSWORD)));
            run(targetAdmin, grants.targetOwner());
            run(targetAdmin, List.of(format("sql/privileges/set_password.sql", names.targetOwner(), PASSWORD)));
            ConnectionSpec legacyReader = new ConnectionSpec(DatabaseRole.LEGACY, legacyAdmin.url(), names.legacyReader(), PASSWORD);
            ConnectionSpec owner = new ConnectionSpec(DatabaseRole.TARGET, targetAdmin.url(), names.targetOwner(), PASSWORD);
            LocalDate goLive = LocalDate.now().plusDays(30);
            // when the legacy reader and the target owner make a dry run
            DryRunResult dryRun = Switchover.configure().legacy(legacyReader).target(owner).reportDir(dir.resolve("dry-run")).quiet(true)
                    .goLive(goLive).build().dryRun();
            // then it loads and reconciles
            assertTrue(dryRun.succeeded(), String.valueOf(dryRun.engine().failure()));
            // when the report reader is made, and reconciles, records the owners' decisions and signs off
            run(targetAdmin, grants.reportReader());
            run(targetAdmin, List.of(format("sql/privileges/set_password.sql", names.reportReader(), PASSWORD)));
            ConnectionSpec reader = new ConnectionSpec(DatabaseRole.TARGET, targetAdmin.url(), names.reportReader(), PASSWORD);
            Switchover asReader = Switchover.configure().legacy(legacyReader).target(reader).reportDir(dir.resolve("reader")).goLive(goLive)
                    .build();
            ReconciliationResult reconciled = asReader.reconcile();
            ReconciliationResult decided = OwnerDecisions.onEveryRecordNotMigrated(asReader, reconciled, "accept");
            SignOff signOff = asReader.signOff("Alex Smith", SwitchoverSettings.DEFAULT_REQUIRED_ROLES.get(0));
            // then each worked: GO once decided, the sign-off recorded under the reader's database user, status reads it
            assertTrue(decided.go(), decided.failingCheckIds().toString());
            assertEquals(names.reportReader(), signOff.dbUser());
            StatusResult status = asReader.status();
            assertTrue(status.ledgerIntact(), status.lines().get(0));
            assertTrue(status.lines().stream().anyMatch(l -> l.startsWith("    sign-off by Alex Smith") && l.contains("VALID")), status.lines().toString());
            // and the reader cannot write to csc
            SQLException denied = assertThrows(SQLException.class, () -> run(reader, List.of(
                    SqlResource.load("sql/privileges/write_csc.sql").statements().get(0))));
            assertTrue(denied.getMessage().contains("permission denied for table ssd_department"), denied.getMessage());
        } finally {
            run(targetAdmin, List.of(format("sql/privileges/drop_target_roles.sql", names.targetOwner(), names.reportReader(),
                    names.targetDatabase()).split(";\\s*\\n")));
            run(targetAdmin.withDatabase("postgres"), List.of(format("sql/privileges/drop_roles.sql", names.targetOwner(), names.reportReader())));
            run(legacyAdmin, List.of(format("sql/privileges/drop_legacy_reader.legacy.sql", names.legacyReader())));
        }
    }
}
