package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.switchover.testing.FakeMysqlServer;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line with hostile URLs, as an operator could type them: a password anywhere in a URL is
 * refused with exit 2 and a message that does not contain it; no message, parameter error or stack trace
 * shows a URL's user info or query string; and a server that asks for a local file gets nothing.
 */
class HostileUrlTest {
    private static final String SECRET = "Pw-4f9zQ";
    private static final String TARGET = "jdbc:postgresql://127.0.0.1:5432/switchover";

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @Test
    void aPasswordInAUrlIsRefusedWithoutBeingShown() {
        // given commands whose URLs carry a password in each place the drivers read one
        List<String[]> commands = List.of(
                new String[] {"legacy-schema", "--legacy-url", "jdbc:mysql://root:" + SECRET + "@127.0.0.1:3306/legacy"},
                new String[] {"legacy-schema", "--legacy-url", "jdbc:mariadb://u:" + SECRET + "@127.0.0.1:3306/db?password=" + SECRET},
                new String[] {"generate", "--legacy-url", "jdbc:mysql://127.0.0.1:3306/legacy?pass%77ord=" + SECRET},
                new String[] {"migrate-schema", "--target-url", TARGET + "?user=postgres&password=" + SECRET},
                new String[] {"status", "--target-url", TARGET + "?sslpassword=" + SECRET},
                new String[] {"dry-run", "--legacy-url", "jdbc:mysql://(host=127.0.0.1,port=3306,pwd=" + SECRET + ")/legacy",
                        "--target-url", TARGET});
        for (String[] command : commands) {
            // when each runs
            Result result = run(command);
            // then it is a usage error, and the password is nowhere in what it printed
            String shown = String.join(" ", command).replace(SECRET, "***");
            assertEquals(ExitCodes.USAGE, result.exitCode(), shown + ": " + result.err());
            assertFalse(result.all().contains(SECRET), shown + ": " + result.all());
            assertTrue(result.err().contains("holds a password"), shown + ": " + result.err());
        }
    }

    @Test
    void theIssuesMariadbExampleIsRefusedNamingHostAndDatabaseOnly() {
        // given the URL of issue 12 ("No suitable driver found for ..." printed it whole)
        Result result = run("legacy-schema", "--legacy-url", "jdbc:mariadb://u:" + SECRET + "@host/db?password=" + SECRET);
        // then both passwords are refused in one line, naming host/db and the variable to use
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals("switchover: --legacy-url for host/db holds a password (user:password@); give the user with --legacy-user "
                + "and the password in LEGACY_PASSWORD, never in a URL; --legacy-url for host/db holds a password (parameter "
                + "password); the password comes only from LEGACY_PASSWORD, and a URL never carries one", result.err().strip());
        assertEquals("", result.out());
    }

    @Test
    void aUrlOfAnotherSchemeIsAUsageErrorNamingBothSchemes() {
        Result result = run("legacy-schema", "--legacy-url", "jdbc:oracle://reader@127.0.0.1:3306/legacy?sslMode=verify-full");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals("switchover: --legacy-url must be a jdbc:mysql:// or jdbc:mariadb:// URL, got: jdbc:oracle://127.0.0.1:3306/legacy?…",
                result.err().strip());
    }

    @Test
    void aUrlThatTurnsLocalInfileOnIsRefused() {
        Result result = run("legacy-schema", "--legacy-url", "jdbc:mysql://(host=127.0.0.1,allowLoadLocalInfile=true)/legacy");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("switchover: --legacy-url for "), result.err());
        assertTrue(result.err().contains(" sets allowLoadLocalInfile; the toolkit never lets a database server read local files"),
                result.err());
    }

    @Test
    void aUrlThatSetsTheLegacyClockOrTheTargetsSearchPathIsRefused() {
        // given a reconciliation asked through a legacy URL that would set the session's clock back to 2005, then through a
        // target URL that would put another schema before pg_catalog
        Result clock = run("reconcile", "--report-dir", "reports/never-written",
                "--legacy-url", "jdbc:mysql://127.0.0.1:3306/legacy?sessionVariables=timestamp=1104537600",
                "--target-url", "jdbc:postgresql://127.0.0.1:5432/switchover");
        Result searchPath = run("reconcile", "--report-dir", "reports/never-written", "--legacy-url", "jdbc:mysql://127.0.0.1:3306/legacy",
                "--target-url", "jdbc:postgresql://127.0.0.1:5432/switchover?currentSchema=evil,pg_catalog");
        // then each is a usage error naming the option and the database, before anything connects
        assertEquals(ExitCodes.USAGE, clock.exitCode());
        assertEquals("switchover: --legacy-url for 127.0.0.1:3306/legacy sets sessionVariables; the toolkit decides the session's state "
                + "(its clock, SQL mode, search path and the tables it sees), so a URL may not set session variables or run SQL on connect",
                clock.err().strip());
        assertEquals(ExitCodes.USAGE, searchPath.exitCode());
        assertTrue(searchPath.err().startsWith("switchover: --target-url for 127.0.0.1:5432/switchover sets currentSchema; "), searchPath.err());
        assertFalse(Files.exists(Path.of("reports", "never-written")));
    }

    @Test
    void parameterErrorsDoNotEchoAUrl() {
        // given URLs where picocli cannot place them: an option the command lacks, a misspelt option, an int option
        List<String[]> commands = List.of(
                new String[] {"status", "--legacy-url", "jdbc:mysql://reader:" + SECRET + "@h:3306/db?password=" + SECRET},
                new String[] {"legacy-schema", "--legacy-ulr=jdbc:mysql://reader:" + SECRET + "@h:3306/db"},
                new String[] {"dry-run", "--chunk-rows", "jdbc:mysql://reader:" + SECRET + "@h:3306/db"},
                new String[] {"validate", "jdbc:postgresql://h:5432/db?password=" + SECRET});
        for (String[] command : commands) {
            // when each is parsed
            Result result = run(command);
            // then it is a usage error that shows neither the password, nor the user, nor the query
            String shown = String.join(" ", command).replace(SECRET, "***");
            assertEquals(ExitCodes.USAGE, result.exitCode(), shown);
            assertTrue(result.err().startsWith("switchover: "), shown + ": " + result.err());
            assertTrue(result.err().contains(ArgumentEcho.HIDDEN_ARGUMENT), shown + ": " + result.err());
            for (String hidden : List.of(SECRET, "reader", "password=")) {
                assertFalse(result.all().contains(hidden), shown + " shows " + hidden + ": " + result.all());
            }
        }
    }

    @Test
    void aFailureWithVerboseShowsNeitherUserInfoNorQuery() {
        // given a URL with a user and TLS settings, where nothing listens
        Result result = run("legacy-schema", "--verbose", "--legacy-url",
                "jdbc:mysql://reader@127.0.0.1:1/legacy?sslMode=DISABLED&connectionAttributes=tag:" + SECRET);
        // then the failure and its stack trace name 127.0.0.1:1/legacy only
        assertEquals(ExitCodes.RUNTIME_FAILURE, result.exitCode());
        assertTrue(result.err().startsWith("switchover: cannot connect to the legacy database 127.0.0.1:1/legacy: "), result.err());
        assertTrue(result.err().contains("\tat "), result.err());
        for (String hidden : List.of(SECRET, "reader", "sslMode")) {
            assertFalse(result.all().contains(hidden), hidden + ": " + result.all());
        }
    }

    @Test
    void aServerThatAsksForTheEnvironmentGetsNothing() throws Exception {
        // given a hostile server on the legacy URL that asks for the process environment, which holds TARGET_PASSWORD
        try (FakeMysqlServer server = FakeMysqlServer.requesting("/proc/self/environ")) {
            // when an operator runs a command against it, in a child JVM with the passwords in its environment
            CliProcess.Result result = CliProcess.run(Map.of("TARGET_PASSWORD", SECRET, "LEGACY_PASSWORD", SECRET),
                    "legacy-schema", "--legacy-url", server.url("legacy"));
            // then the server asked, the client sent nothing, and the command failed naming the database
            assertEquals(1, server.fileRequests());
            assertArrayEquals(new byte[0], server.received(), () -> "the client sent " + server.received().length + " bytes");
            assertEquals(ExitCodes.RUNTIME_FAILURE, result.exitCode(), result.err());
            assertTrue(result.err().startsWith("switchover: cannot connect to the legacy database 127.0.0.1:"), result.err());
            assertFalse(result.err().contains(SECRET) || result.out().contains(SECRET), result.err());
        }
    }

    private static Result run(String... args) {
        CommandLine commandLine = SwitchoverCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
