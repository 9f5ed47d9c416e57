package org.switchover.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Options reach the one settings type and are checked there, for every command alike: a bad value is a
 * usage error (exit 2) named in one line before any database is touched (the URLs here lead nowhere, so
 * touching one would be exit 3).
 */
class CommandSettingsTest {
    private static final String NOWHERE_LEGACY = "--legacy-url=jdbc:mysql://127.0.0.1:1/legacy";
    private static final String NOWHERE_TARGET = "--target-url=jdbc:postgresql://127.0.0.1:1/switchover";

    @Test
    void theFinalLoadChecksItsChunkRowsLikeTheDryRun() {
        // given --chunk-rows 0, when the final load and the dry run are asked for, then both refuse it the same way
        for (String command : new String[] {"final-load", "dry-run"}) {
            InProcessCli.Run run = run(command, NOWHERE_LEGACY, NOWHERE_TARGET, "--chunk-rows=0");
            assertEquals(ExitCodes.USAGE, run.exitCode(), command + ": " + run.err());
            assertEquals("switchover: chunk rows: must be at least 1, was 0 (--chunk-rows)", run.err().strip(), command);
        }
    }

    @Test
    void aMissingDatabaseIsNamedWithItsOption() {
        InProcessCli.Run status = run("status");
        assertEquals(ExitCodes.USAGE, status.exitCode(), status.err());
        assertEquals("switchover: target database: not configured (--target-url)", status.err().strip());
        InProcessCli.Run generate = run("generate");
        assertEquals(ExitCodes.USAGE, generate.exitCode(), generate.err());
        assertEquals("switchover: legacy database: not configured (--legacy-url)", generate.err().strip());
    }

    @Test
    void aDryRunNeedsBothDatabasesOrNeither() {
        InProcessCli.Run run = run("dry-run", NOWHERE_LEGACY);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("switchover: give both --legacy-url and --target-url, or neither for the embedded default", run.err().strip());
    }

    private static InProcessCli.Run run(String... args) {
        return InProcessCli.run(args);
    }
}
