package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `init DIR [--from PROJECT]` starts a project from the default one or an example; `validate --project DIR` checks it whole. */
@ExtendWith(TestDatabases.class)
class ProjectCommandsTest {
    private static final String EXAMPLE = "examples/carefirst-to-ssd";

    @Test
    void initCopiesTheDefaultProjectAndItValidates(@TempDir Path dir) throws IOException {
        // given a new folder
        Path project = dir.resolve("council");
        // when init copies the default project into it and validate checks the copy
        Output init = run("init", project.toString());
        Output validate = run("validate", "--project", project.toString());
        // then the copy has every part of a project, the same files as the root's, and validates with all 38 fixtures
        assertEquals(ExitCodes.OK, init.code(), init.text());
        assertEquals(List.of("legacy", "mappings", "reconciliation", "returns", "target-schema"), names(project));
        assertEquals(files(Path.of("mappings")), files(project.resolve("mappings")));
        assertEquals(files(Path.of("returns")), files(project.resolve("returns")));
        assertEquals(ExitCodes.OK, validate.code(), validate.text());
        assertTrue(validate.text().contains("17 mapping files, 38 fixtures, 0 fixture failure(s)"), validate.text());
    }

    @Test
    void initFromTheExampleGivesItsProjectAndRefusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
        // given the CareFirst example copied once
        Path project = dir.resolve("carefirst");
        assertEquals(ExitCodes.OK, run("init", project.toString(), "--from", EXAMPLE).code());
        Files.writeString(project.resolve("mappings/ssd_department.yml"), "# edited\n", java.nio.file.StandardOpenOption.APPEND);
        // when init is asked to copy into it again
        Output again = run("init", project.toString(), "--from", EXAMPLE);
        // then it refuses with exit 2, naming the folder, and leaves the edit in place
        assertEquals(ExitCodes.USAGE, again.code(), again.text());
        assertTrue(again.text().contains(project + " already exists and is not empty"), again.text());
        assertTrue(Files.readString(project.resolve("mappings/ssd_department.yml")).endsWith("# edited\n"));
        assertEquals(List.of("fixtures", "legacy", "mappings", "reconciliation", "returns", "switchover.yml", "target-schema"), names(project));
        assertEquals(files(Path.of(EXAMPLE, "returns")), files(project.resolve("returns")), "the census queries come too");
        // and the copy validates as the example's 8 mappings and 15 fixtures
        Output validate = run("validate", "--project", project.toString());
        assertTrue(validate.text().contains("8 mapping files, 15 fixtures, 0 fixture failure(s)"), validate.text());
    }

    @Test
    void validateNamesABrokenCheckAndAMissingTargetSchema(@TempDir Path dir) throws IOException {
        // given a copy of the example whose headline check names no report section
        Path project = dir.resolve("broken");
        run("init", project.toString(), "--from", EXAMPLE);
        Path check = project.resolve("reconciliation/open-referrals.yml");
        Files.writeString(check, Files.readString(check).replace("headline: openReferrals", "headline: openCases"));
        // when it is validated
        Output validate = run("validate", "--project", project.toString());
        // then exit 2, the problem named by file and line
        assertEquals(ExitCodes.USAGE, validate.code(), validate.text());
        assertTrue(validate.text().contains(check + ":11: headline must be one of the report's sections openDutyCases, openReferrals,"
                + " activeCpPlans, got: openCases"), validate.text());
        // and when its target schema's migrations are gone too, that is named first
        Files.delete(project.resolve("target-schema/V1__csc_schema.sql"));
        Output noSchema = run("validate", "--project", project.toString());
        assertEquals(ExitCodes.USAGE, noSchema.code(), noSchema.text());
        assertTrue(noSchema.text().startsWith(project.resolve("target-schema") + ": no Flyway migrations"), noSchema.text());
    }

    @Test
    void aCheckQueryThatCannotBeFilledIsRefusedByValidateAndByADryRunBeforeItLoads(TestDatabases.LegacyDb legacyDb,
                                                                                  TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given a copy of the example whose open-referrals legacy query names a fragment that does not exist
        Path project = dir.resolve("broken");
        run("init", project.toString(), "--from", EXAMPLE);
        Path query = project.resolve("reconciliation/sql/headline/open-referrals.legacy.sql");
        Files.writeString(query, Files.readString(query).replace("{{open_referral}}", "{{open_referal}}"));
        String problem = project.resolve("reconciliation/open-referrals.yml") + ": " + query + ": fragment "
                + project.resolve("reconciliation/sql/fragments/open_referal.sql") + " does not exist";
        // when it is validated, and a dry run is started on real databases
        Output validate = run("validate", "--project", project.toString());
        Output dryRun = run("dry-run", "--project", project.toString(), "--legacy-url", legacyDb.spec().url(), "--legacy-user",
                legacyDb.spec().user(), "--target-url", targetDb.spec().url(), "--target-user", targetDb.spec().user(),
                "--report-dir", dir.resolve("report").toString(), "--go-live", "2019-03-01");
        // then both exit 2 naming the check and its query, and the dry run touched neither database: the reconciliation
        // would otherwise have found it only after the load
        assertEquals(ExitCodes.USAGE, validate.code(), validate.text());
        assertTrue(validate.text().contains(problem), validate.text());
        // and validate's last line places the problem in the reconciliation, not in the mappings
        assertTrue(validate.text().contains("1 problem(s): 1 in " + project.resolve("reconciliation") + "\n"), validate.text());
        assertEquals(ExitCodes.USAGE, dryRun.code(), dryRun.text());
        assertTrue(dryRun.text().contains(problem), dryRun.text());
        assertEquals(0, tables(targetDb.spec(), SqlResource.load("sql/target/user_tables.sql")), "nothing created in the target");
        assertFalse(Files.exists(dir.resolve("report")), "no report");
    }

    @Test
    void legacySchemaCreatesTheProjectsTablesAndValidateChecksTheLiveSchemaAgainstTheMappings(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given the example's legacy schema created by legacy-schema --project in an empty database
        ConnectionSpec legacy = legacyDb.spec();
        Output created = run("legacy-schema", "--project", EXAMPLE, "--legacy-url", legacy.url(), "--legacy-user", legacy.user());
        assertEquals(ExitCodes.OK, created.code(), created.text());
        try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement()) {
            assertEquals(List.of("allocation", "code_lookup", "contact", "cp_register", "episode", "org_unit", "person", "worker"),
                    LegacySchema.existingTables(connection));
            // and its episode.start_date dropped
            statement.execute("ALTER TABLE episode DROP COLUMN start_date");
        }
        // when the example is validated against it
        Output validate = run("validate", "--project", EXAMPLE, "--legacy-url", legacy.url(), "--legacy-user", legacy.user());
        // then exit 2, naming the missing column, before any run
        assertEquals(ExitCodes.USAGE, validate.code(), validate.text());
        assertTrue(validate.text().contains("live legacy schema:") && validate.text().contains("episode.start_date"), validate.text());
    }

    @Test
    void aProjectThatDeclaresNoLegacyCatalogIsCheckedAgainstTheLiveOne(@TempDir Path dir, TestDatabases.LegacyDb legacyDb)
            throws Exception {
        // given a copy of the example without legacy/schema.sql, and a live legacy database without its lookup table
        Path project = dir.resolve("live");
        run("init", project.toString(), "--from", EXAMPLE);
        Files.delete(project.resolve("legacy/schema.sql"));
        ConnectionSpec legacy = legacyDb.spec().withDatabase(legacyDb.spec().database() + "_live");
        try (Connection server = Databases.connect(legacyDb.spec()); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + legacy.database());
        }
        try {
            LegacySchema.create(legacy, Path.of(EXAMPLE, "legacy", "schema.sql"));
            try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE code_lookup");
            }
            // when it is validated without a legacy database, and against the live one
            Output offline = run("validate", "--project", project.toString());
            Output live = run("validate", "--project", project.toString(), "--legacy-url", legacy.url(), "--legacy-user", legacy.user());
            // then offline only the legacy side goes unchecked (the mappings, checks and fixtures pass), and the live
            // information_schema is the catalog: the lookup table the mappings read is named missing
            assertEquals(ExitCodes.OK, offline.code(), offline.text());
            assertEquals(ExitCodes.USAGE, live.code(), live.text());
            assertTrue(live.text().contains("live legacy schema:") && live.text().contains("code_lookup"), live.text());
        } finally {
            try (Connection server = Databases.connect(legacyDb.spec()); Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + legacy.database());
            }
        }
    }

    private record Output(int code, String text) {
    }

    @Test
    void aFolderThatIsNoProjectIsNamedWithTheWayOut(@TempDir Path dir) {
        // given a folder with no mappings (a cutover team's shell in the wrong directory)
        // when validate is pointed at it
        Output validate = run("validate", "--project", dir.toString());
        // then it is a usage error naming the absolute folder it looked for and how to give the project
        assertEquals(ExitCodes.USAGE, validate.code(), validate.text());
        assertTrue(validate.text().contains(dir.resolve("mappings").toAbsolutePath().normalize()
                + ": the mapping directory does not exist (run from the migration project's folder, or give --project DIR)"),
                validate.text());
    }

    /** The command line in this JVM, with what the commands print on System.out and what picocli prints. */
    private static long tables(ConnectionSpec database, SqlResource query) throws java.sql.SQLException {
        try (Connection connection = Databases.connect(database); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(query.text())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Output run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            InProcessCli.Run run = InProcessCli.run(args);
            return new Output(run.exitCode(), printed.toString(StandardCharsets.UTF_8) + run.out() + run.err());
        } finally {
            System.setOut(original);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
