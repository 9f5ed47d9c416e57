package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.db.ConnectionSpec;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `dry-run --only` with a name no mapping has: a usage error (exit 2) naming it and every known mapping, nothing loaded. */
@ExtendWith(TestDatabases.class)
class DryRunOnlyCommandTest {
    @Test
    void anUnknownMappingNameIsExit2NamingItAndTheKnownNames(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                             @TempDir Path dir) throws Exception {
        // given a legacy schema and an empty target
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        LegacySchema.create(legacy);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        InProcessCli.Run run;
        // when a scratch run names ssd_cp_plans and a misspelt ssd_cp_plan
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run = InProcessCli.run("dry-run", "--legacy-url=" + legacy.url(), "--legacy-user=" + legacy.user(),
                    "--target-url=" + target.url(), "--target-user=" + target.user(), "--report-dir=" + dir.resolve("dry-run"),
                    "--quiet", "--only", "ssd_cp_plans", "--only", "ssd_cp_plan");
        } finally {
            System.setErr(stderr);
        }
        // then it is refused as a usage error naming the unknown name and all seventeen known ones
        String said = run.err() + err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, run.exitCode(), said);
        assertTrue(said.contains("--only: no mapping named ssd_cp_plan in mappings; the mappings are ssd_address, ssd_assessment_factors, "
                + "ssd_case_notes, ssd_cin_assessments, ssd_cin_episodes, ssd_cin_plans, ssd_cla_episodes, ssd_contacts, ssd_cp_plans, "
                + "ssd_cp_reviews, ssd_department, ssd_disability, ssd_initial_cp_conference, ssd_involvements, ssd_person, "
                + "ssd_professionals, ssd_s47_enquiry"), said);
        // and no run was started, no report written
        assertEquals(0, Queries.number(target, "sql/scratch/run_count_if_any.sql"));
        assertFalse(Files.exists(dir.resolve("scratch")));
    }
}
