package org.switchover.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `switchover dry-run` as the migration engineer runs it, in a child JVM. */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DryRunCommandTest {
    private ConnectionSpec legacy;
    private ConnectionSpec target;

    @BeforeAll
    void givenGeneratedLegacyData(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb) {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        // seed 5: a dataset whose headline records all migrate, so a dry run is GO and exits 0
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(5).build());
    }

    @Test
    @Order(1)
    void aBrokenMappingFileStopsTheRunBeforeAnyDataMoves(@TempDir Path dir) throws Exception {
        // given a copy of the mappings with one unknown transform on line 12 of ssd_address.yml
        Path mappings = copyMappings(dir);
        Path broken = mappings.resolve("ssd_address.yml");
        Files.writeString(broken, Files.readString(broken).replace("transform: postcode", "transform: postcod"));
        // when the dry run starts
        CliProcess.Result result = dryRun("--mappings", mappings.toString(), "--report-dir", dir.resolve("r").toString());
        // then it stops with a usage error naming the file and line, and the target was never touched
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains(broken + ":12: column 'addr_address_postcode': unknown transform 'postcod'"), result.err());
        assertEquals(0, runCount());
    }

    @Test
    @Order(2)
    void printsProgressOnStderrAndASummaryTable(@TempDir Path dir) throws Exception {
        CliProcess.Result result = dryRun("--report-dir", dir.resolve("report").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(result.err().lines().anyMatch(line -> line.startsWith("ssd_person") && line.contains("rows")), result.err());
        assertTrue(result.out().lines().anyMatch(line -> line.startsWith("legacy table") && line.contains("rejected") && line.contains("seconds")), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.startsWith("client ") && line.contains("ssd_person")), result.out());
        assertTrue(Files.exists(dir.resolve("report").resolve("counts.json")));
    }

    @Test
    @Order(3)
    void quietSilencesTheProgressLines(@TempDir Path dir) throws Exception {
        CliProcess.Result result = dryRun("--quiet", "--report-dir", dir.resolve("report").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertFalse(result.err().lines().anyMatch(line -> line.startsWith("ssd_")), result.err());
    }

    @Test
    @Order(4)
    void refusesATargetMarkedAsProduction(@TempDir Path dir) throws Exception {
        // given a target that a final load has marked as production
        try (Connection pg = Databases.connect(target); Statement statement = pg.createStatement()) {
            statement.execute(SqlResource.load("sql/dryrun/mark_production.sql").text());
        }
        long runsBefore = runCount();
        // when a dry run is pointed at it
        CliProcess.Result result = dryRun("--quiet", "--report-dir", dir.resolve("report").toString());
        // then it refuses, says why, and records no new run
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertEquals("switchover: target database " + target.identity()
                + " is marked as production by a final load; a dry run will not touch it", result.err().strip());
        assertEquals(runsBefore, runCount());
    }

    private CliProcess.Result dryRun(String... extra) throws Exception {
        String[] args = new String[4 + extra.length];
        args[0] = "dry-run";
        args[1] = "--legacy-url=" + legacy.url();
        args[2] = "--target-url=" + target.url();
        args[3] = "--legacy-user=" + legacy.user();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliProcess.run(Map.of(), args);
    }

    private long runCount() throws Exception {
        try (Connection pg = Databases.connect(target); Statement statement = pg.createStatement();
             ResultSet rs = statement.executeQuery(SqlResource.load("sql/dryrun/run_count.sql").text())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path copyMappings(Path dir) throws Exception {
        Path copy = dir.resolve("mappings");
        Files.createDirectories(copy.resolve("codes"));
        try (var files = Files.walk(Path.of("mappings"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(Path.of("mappings").relativize(file)));
            }
        }
        return copy;
    }
}
