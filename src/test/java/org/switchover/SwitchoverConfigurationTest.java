package org.switchover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The facade refuses to build from values that cannot run, and each operation refuses settings that lack
 * what it needs, naming exactly why; the configuration file is merged in one place, options winning.
 */
class SwitchoverConfigurationTest {
    private static final ConnectionSpec LEGACY =
            new ConnectionSpec(DatabaseRole.LEGACY, "jdbc:mysql://127.0.0.1:3306/legacy", "root", "");
    private static final ConnectionSpec TARGET =
            new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://127.0.0.1:5432/switchover", "postgres", "");

    @Test
    void everyBadValueIsNamedAtBuildInAStableOrder() {
        // given databases of the wrong kinds (one URL with a query string) and counts below 1
        SwitchoverBuilder builder = Switchover.configure()
                .legacy(new ConnectionSpec(DatabaseRole.LEGACY, "jdbc:postgresql://h:5432/x?sslmode=verify-full", "u", ""))
                .target(new ConnectionSpec(DatabaseRole.TARGET, "jdbc:mysql://h:3306/y", "u", ""))
                .chunkRows(0).parallelRoutes(0).chunkWorkers(-1);
        // when validated, then every problem is named, in a stable order, and the query string is not shown
        List<String> problems = List.of(
                "--legacy-url must be a jdbc:mysql:// or jdbc:mariadb:// URL, got: jdbc:postgresql://h:5432/x?…",
                "--target-url must be a jdbc:postgresql:// URL, got: jdbc:mysql://h:3306/y",
                "chunk rows: must be at least 1, was 0 (--chunk-rows)",
                "parallel routes: must be at least 1, was 0",
                "chunk workers: must be at least 1, was -1");
        assertEquals(problems, builder.validate());
        // and build refuses with all of them in one message
        ConfigurationException e = assertThrows(ConfigurationException.class, builder::build);
        assertEquals(String.join("; ", problems), e.getMessage());
    }

    @Test
    void chunksAndKeyRangesAboveTheirMaximumAreRefusedBeforeAnythingRuns() {
        // given a chunk of a million rows and 10,000 key ranges (which ran MariaDB out of connections part-way)
        SwitchoverBuilder builder = Switchover.configure().legacy(LEGACY).target(TARGET).chunkRows(1_000_000).keyRanges(10_000);
        // when validated, then both are named with their maximum
        assertEquals(List.of("chunk rows: must be at most 100000, was 1000000 (--chunk-rows)",
                "key ranges: must be at most 64, was 10000 (--key-ranges)"), builder.validate());
        // and the maxima themselves are allowed
        assertEquals(List.of(), Switchover.configure().legacy(LEGACY).target(TARGET).chunkRows(SwitchoverSettings.MAX_CHUNK_ROWS)
                .keyRanges(SwitchoverSettings.MAX_KEY_RANGES).validate());
    }

    @Test
    void eachOperationNamesWhatItNeedsAndLacks() {
        // given settings with no target, no mappings and no checks directory
        Switchover onlyLegacy = Switchover.configure().legacy(LEGACY).mappings(Path.of("no-such-dir"))
                .checks(Path.of("no-such-checks")).build();
        Switchover nothing = Switchover.configure().mappings(Path.of("no-such-dir")).build();
        // when operations are asked for, then each names what it lacks, before touching anything
        assertEquals("give both --legacy-url and --target-url, or neither for the embedded default; "
                + "mappings: directory no-such-dir does not exist; reconciliation checks: directory no-such-checks does not exist",
                refusal(onlyLegacy::dryRun));
        assertEquals("target database: not configured (--target-url); reconciliation checks: directory no-such-checks does not exist",
                refusal(onlyLegacy::reconcile));
        assertEquals("target database: not configured (--target-url); reconciliation checks: directory no-such-checks does not exist",
                refusal(onlyLegacy::finalLoad));
        assertEquals("target database: not configured (--target-url); reconciliation checks: directory no-such-checks does not exist",
                refusal(() -> onlyLegacy.delta(1)));
        assertEquals("target database: not configured (--target-url); mappings: directory no-such-dir does not exist",
                refusal(onlyLegacy::freeze));
        assertEquals("target database: not configured (--target-url)", refusal(onlyLegacy::status));
        assertEquals("target database: not configured (--target-url)", refusal(onlyLegacy::plan));
        assertEquals("target database: not configured (--target-url)", refusal(() -> onlyLegacy.signOff("A", "B")));
        assertEquals("target database: not configured (--target-url)", refusal(onlyLegacy::migrateSchema));
        assertEquals("legacy database: not configured (--legacy-url)", refusal(nothing::legacySchema));
        assertEquals("legacy database: not configured (--legacy-url)", refusal(nothing::generate));
        assertEquals("legacy database: not configured (--legacy-url); target database: not configured (--target-url)",
                refusal(() -> nothing.delta(1)));
    }

    @Test
    void aCompleteConfigurationBuildsKeepsItsSettingsAndFillsTheDefaults() {
        SwitchoverBuilder builder = Switchover.configure().legacy(LEGACY).target(TARGET);
        Switchover built = builder.build();
        // a later change to the builder does not reach the built instance
        builder.legacy(TARGET);
        assertEquals(LEGACY, built.legacy());
        assertEquals(List.of(), Switchover.configure().legacy(LEGACY).target(TARGET).validate());
        // and what was not set is the named default
        SwitchoverSettings settings = built.settings();
        assertEquals(Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), settings.mappings());
        assertEquals(Path.of("reports/dry-run"), settings.reportDir());
        assertEquals(Path.of("reports/final-load"), settings.finalLoadReportDir());
        assertEquals(LocalDate.of(2019, 1, 31), settings.asOf());
        assertNull(settings.givenAsOf(), "reconcile uses the run's own as-of unless one is given");
        assertEquals(5000, settings.chunkRows());
        assertEquals(Path.of("reconciliation"), settings.checks());
        assertEquals(List.of("Head of Service, Child Protection"), settings.requiredRoles());
        assertNull(settings.goLive());
        assertEquals(1.0, settings.scale());
        assertEquals(Path.of("ground-truth.json"), settings.groundTruthFile());
        // and with no database at all (the embedded default) the demo's go-live date and scale apply
        SwitchoverSettings embedded = Switchover.configure().build().settings();
        assertEquals(LocalDate.of(2019, 2, 1), embedded.goLive());
        assertEquals(0.01, embedded.embeddedScale());
    }

    @Test
    void theConfigurationFileIsMergedOptionsWinAndRolesAdd(@TempDir Path dir) throws Exception {
        // given a configuration file with every key
        Path file = Files.writeString(dir.resolve("cutover.yml"), """
                goLive: 2027-03-08
                checks: my-checks
                freezeTime: 2027-03-05T18:00
                requiredSignOffRoles:
                  - Head of Service, Child Protection
                  - Data Protection Officer
                """);
        // when merged with a go-live option and roles, one of them the file's in another case
        SwitchoverSettings merged = Switchover.configure().legacy(LEGACY).target(TARGET).configFile(file)
                .goLive(LocalDate.of(2027, 4, 1)).requiredRoles(List.of("data protection officer", "Caldicott Guardian"))
                .build().settings();
        // then the option wins, the file fills the rest, and the roles are the file's plus the new one
        assertEquals(LocalDate.of(2027, 4, 1), merged.goLive());
        assertEquals(Path.of("my-checks"), merged.checks());
        assertEquals(LocalDateTime.of(2027, 3, 5, 18, 0), merged.freezeTime());
        assertEquals(List.of("Head of Service, Child Protection", "Data Protection Officer", "Caldicott Guardian"),
                merged.requiredRoles());
        // and without configFile() no file is read at all
        SwitchoverSettings unread = Switchover.configure().legacy(LEGACY).target(TARGET).build().settings();
        assertNull(unread.freezeTime());
        assertEquals(SwitchoverSettings.DEFAULT_CHECKS, unread.checks());
    }

    private static String refusal(Runnable operation) {
        return assertThrows(ConfigurationException.class, operation::run).getMessage();
    }
}
