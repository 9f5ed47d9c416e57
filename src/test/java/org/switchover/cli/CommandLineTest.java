package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.testing.TestDatabases;
import picocli.CommandLine;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as an operator meets it: help everywhere, one-line failures naming the database, exit codes. */
@ExtendWith(TestDatabases.class)
class CommandLineTest {
    private static final String SECRET = "s3cret-Pa55word";

    @Test
    void everyCommandHasHelp() {
        // given every subcommand
        CommandLine root = SwitchoverCommand.commandLine();
        assertTrue(root.getSubcommands().size() >= 5, root.getSubcommands().keySet().toString());
        for (String name : root.getSubcommands().keySet()) {
            // when asked for help, then it prints its usage and exits 0
            java.io.StringWriter out = new java.io.StringWriter();
            CommandLine command = SwitchoverCommand.commandLine();
            command.setOut(new java.io.PrintWriter(out));
            assertEquals(ExitCodes.OK, command.execute(name, "--help"), name);
            assertTrue(out.toString().startsWith("Usage: switchover " + name), name + ": " + out);
        }
    }

    @Test
    void anUnreachableLegacyServerIsOneLineNamingItWithoutThePassword() throws Exception {
        // given a legacy URL where nothing listens, and a password in the environment
        // when legacy-schema runs
        CliProcess.Result result = CliProcess.run(Map.of("LEGACY_PASSWORD", SECRET),
                "legacy-schema", "--legacy-url", "jdbc:mysql://127.0.0.1:1/legacy");
        // then one line names the legacy database, with no stack trace and no password
        assertEquals(ExitCodes.RUNTIME_FAILURE, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("switchover: cannot connect to the legacy database 127.0.0.1:1/legacy: "), result.err());
        assertFalse(result.err().contains(SECRET) || result.out().contains(SECRET));
    }

    @Test
    void badTargetCredentialsAreOneLineNamingTheTarget(TestDatabases.TargetDb target) throws Exception {
        // given a real target server and a user it does not know
        CliProcess.Result result = CliProcess.run(Map.of("TARGET_PASSWORD", SECRET),
                "migrate-schema", "--target-url", target.spec().url(), "--target-user", "no_such_user_x");
        // then one line names the target database and the refusal, never the password
        assertEquals(ExitCodes.RUNTIME_FAILURE, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("switchover: cannot connect to the target database " + target.spec().identity() + ": "), result.err());
        assertTrue(result.err().contains("no_such_user_x"), result.err());
        assertFalse(result.err().contains(SECRET));
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(), "legacy-schema", "--verbose", "--legacy-url", "jdbc:mysql://127.0.0.1:1/legacy");
        assertEquals(ExitCodes.RUNTIME_FAILURE, result.exitCode());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void aUrlOfTheWrongKindIsAUsageError() throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(), "migrate-schema", "--target-url", "jdbc:mysql://127.0.0.1:3306/x");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals("switchover: --target-url must be a jdbc:postgresql:// URL, got: jdbc:mysql://127.0.0.1:3306/x", result.err().strip());
    }

    @Test
    void schemaCommandsCreateTheSchemasAndRefuseANonEmptyLegacyDatabase(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target) throws Exception {
        // given fresh databases, when the schema commands run
        CliProcess.Result created = CliProcess.run(Map.of(), "legacy-schema", "--legacy-url", legacy.spec().url());
        CliProcess.Result migrated = CliProcess.run(Map.of(), "migrate-schema", "--target-url", target.spec().url());
        // then both succeed and say where
        assertEquals(ExitCodes.OK, created.exitCode(), created.err());
        assertEquals("created the legacy schema in " + legacy.spec().identity(), created.out().strip());
        assertEquals(ExitCodes.OK, migrated.exitCode(), migrated.err());
        assertTrue(migrated.out().contains("is at version"), migrated.out());
        // and a second legacy-schema is refused as a usage error naming the database
        CliProcess.Result again = CliProcess.run(Map.of(), "legacy-schema", "--legacy-url", legacy.spec().url());
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertTrue(again.err().startsWith("switchover: legacy database " + legacy.spec().identity() + " already has 12 tables"), again.err());
    }
}
