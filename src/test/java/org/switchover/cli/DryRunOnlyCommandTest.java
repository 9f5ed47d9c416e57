package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `dry-run --only` refused as a usage error (exit 2) before anything is loaded: a name no mapping has (naming it and
 * every known mapping), and --resume with --only.
 */
@ExtendWith(TestDatabases.class)
class DryRunOnlyCommandTest {
    @Test
    void anUnknownMappingNameAndResumeWithOnlyAreExit2WithNothingLoaded(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                        @TempDir Path dir) throws Exception {
        // given a legacy schema and an empty target
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        LegacySchema.create(legacy);
        List<String> connection = List.of("dry-run", "--legacy-url=" + legacy.url(), "--legacy-user=" + legacy.user(),
                "--target-url=" + target.url(), "--target-user=" + target.user(), "--report-dir=" + dir.resolve("dry-run"), "--quiet");

        // when a scratch run names ssd_cp_plans and a misspelt ssd_cp_plan
        Said unknown = run(connection, "--only", "ssd_cp_plans", "--only", "ssd_cp_plan");
        // then it is refused as a usage error naming the unknown name and all seventeen known ones
        assertEquals(2, unknown.exitCode(), unknown.text());
        assertTrue(unknown.text().contains("--only: no mapping named ssd_cp_plan in mappings; the mappings are ssd_address, "
                + "ssd_assessment_factors, ssd_case_notes, ssd_cin_assessments, ssd_cin_episodes, ssd_cin_plans, ssd_cla_episodes, "
                + "ssd_contacts, ssd_cp_plans, ssd_cp_reviews, ssd_department, ssd_disability, ssd_initial_cp_conference, "
                + "ssd_involvements, ssd_person, ssd_professionals, ssd_s47_enquiry"), unknown.text());

        // when a scratch run is asked to resume
        Said resumed = run(connection, "--resume", "--only", "ssd_cp_plans");
        // then that is refused too
        assertEquals(2, resumed.exitCode(), resumed.text());
        assertTrue(resumed.text().contains("--resume cannot be combined with --only: make the scratch run again"), resumed.text());

        // and no run was started, no report written
        assertEquals(0, Queries.number(target, "sql/scratch/run_count_if_any.sql"));
        assertFalse(Files.exists(dir.resolve("scratch")));
    }

    private record Said(int exitCode, String text) {
    }

    /** The command line's exit code and everything it said (picocli's err and the failure handler's stderr). */
    private static Said run(List<String> connection, String... more) {
        List<String> args = new ArrayList<>(connection);
        args.addAll(List.of(more));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            InProcessCli.Run run = InProcessCli.run(args.toArray(String[]::new));
            return new Said(run.exitCode(), run.err() + err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }
}
