package org.switchover.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.signoff.SignOff;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only roles listed in switchover.yml may sign, one person holds one required role, and a sign-off records who made it. */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoMaySignTest {
    private static final String HEAD_OF_SERVICE = "Head of Service, Child Protection";
    private static final String DPO = "Data Protection Officer";

    private ConnectionSpec target;
    private Path report;
    private Path config;

    @BeforeAll
    void givenAGoDryRunAndAConfigurationListingWhoMaySign(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                         @TempDir Path dir) throws Exception {
        target = targetDb.spec();
        report = dir.resolve("dry-run");
        GeneratedLoad.dryRun(legacyDb.spec(), target, 0.01, 7, report, LocalDate.now().plusDays(30));
        config = dir.resolve("switchover.yml");
        Files.writeString(config, """
                requiredSignOffRoles:
                  - Head of Service, Child Protection
                  - Data Protection Officer
                signOffRoles:
                  - Caldicott Guardian
                """);
    }

    @Test
    void aRoleNotListedIsRefusedWithExit2NamingTheList() {
        // when "Chief Wizard" signs off on the command line
        InProcessCli.Run run = InProcessCli.run("sign-off", "--target-url=" + target.url(), "--target-user=" + target.user(),
                "--config=" + config, "--report-dir=" + report, "--owner=Anyone", "--role=Chief Wizard");
        // then it is refused as a configuration problem, naming every role that may sign, and nothing is recorded
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("switchover: role 'Chief Wizard' may not sign off: the roles that may are Caldicott Guardian; " + HEAD_OF_SERVICE
                + "; " + DPO + " (signOffRoles and requiredSignOffRoles in switchover.yml)", run.err().strip());
        assertTrue(switchover().status().lines().stream().noneMatch(l -> l.contains("Anyone")));
    }

    @Test
    void anOwnersNameWithALineBreakIsRefusedWithExit2() {
        // when a name would forge a second line of status
        InProcessCli.Run run = InProcessCli.run("sign-off", "--target-url=" + target.url(), "--target-user=" + target.user(),
                "--config=" + config, "--report-dir=" + report, "--owner=Anyone\nsign-off by Sam Jones", "--role=Caldicott Guardian");
        // then it is refused, naming the option and the character, and nothing is recorded
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("switchover: --owner holds U+000A at character 7, a control character: type plain text on one line", run.err().strip());
        assertTrue(switchover().status().lines().stream().noneMatch(l -> l.contains("Anyone")));
    }

    @Test
    void onePersonCannotHoldTwoRequiredRolesUnlessTheConfigurationAllowsIt(@TempDir Path dir) throws Exception {
        // given Bea Khan signed as Head of Service
        switchover().signOff("Bea Khan", HEAD_OF_SERVICE);
        // when she signs the same run as the Data Protection Officer, then it is refused
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> switchover().signOff(" bea  khan ", DPO));
        assertTrue(refused.getMessage().startsWith("bea  khan already signed off run ") && refused.getMessage().endsWith(" as '"
                + HEAD_OF_SERVICE + "': one person cannot hold two required roles (allowSameSignerForRoles: true in switchover.yml allows it)"),
                refused.getMessage());
        // and a role that is listed but not required is not a second required role
        switchover().signOff("Bea Khan", "Caldicott Guardian");
        // when the configuration allows one signer for several roles, then the same sign-off is recorded
        Path allowing = dir.resolve("allowing.yml");
        Files.writeString(allowing, Files.readString(config) + "allowSameSignerForRoles: true\n");
        SignOff second = Switchover.configure().target(target).reportDir(report).configFile(allowing).build().signOff("Bea Khan", DPO);
        assertEquals(DPO, second.role());
    }

    @Test
    void aSignOffRecordsTheOsUserAndTheDatabaseUserBesideTheOwnersName() {
        // when an owner signs off
        SignOff signed = switchover().signOff("Cara Diaz", HEAD_OF_SERVICE);
        // then the sign-off carries who ran the toolkit and who the database knew, as recorded in migration.sign_off
        assertEquals(System.getProperty("user.name"), signed.osUser());
        assertEquals(target.user(), signed.dbUser());
        String line = switchover().status().lines().stream().filter(l -> l.contains("Cara Diaz")).findFirst().orElseThrow();
        assertTrue(line.contains("VALID"), line);
    }

    private Switchover switchover() {
        return Switchover.configure().target(target).reportDir(report).configFile(config).build();
    }
}
