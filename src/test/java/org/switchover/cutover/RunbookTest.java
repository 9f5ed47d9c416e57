package org.switchover.cutover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.mapping.MappingSet;
import org.switchover.operation.PlanResult;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.signoff.SignOffRegistry;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TestDatabases;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runbook of `switchover plan`, from two real dry runs and one sign-off: durations, freeze time, missing roles, rekey tasks. */
@ExtendWith(TestDatabases.class)
class RunbookTest {
    private static final SignOffPolicy POLICY = SignOffPolicy.of(org.switchover.Switchover.configure().build().settings());
    @Test
    void theRunbookTimesItsStepsFromTheLastRunsAndNamesTheMissingSignOffs(TestDatabases.LegacyDb legacyDb,
                                                                         TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(3).build());
        // given two dry runs, the owners deciding after the first to rekey every headline record that cannot migrate (the
        // generated data plants some), the latest (GO, the decisions carried over) signed off by one of two required roles
        Switchover switchover = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("report")).quiet(true)
                .goLive(LocalDate.now().plusDays(10)).build();
        DryRunResult first = switchover.dryRun();
        OwnerDecisions.onEveryRecordNotMigrated(switchover, first.reconciliation(), "rekey");
        DryRunResult latest = switchover.dryRun();
        assertTrue(latest.reconciliation().go());
        List<String> rekeyed = OwnerDecisions.notMigrated(latest.reconciliation());
        assertFalse(rekeyed.isEmpty(), "this dataset has headline records that cannot migrate");
        String hash = MappingSet.load(Path.of("mappings"), TransformSettings.defaults()).hash();
        new SignOffRegistry(target, POLICY).sign(dir.resolve("report"), "Alex Smith", "Head of Service, Child Protection", hash);
        LocalDateTime freeze = LocalDateTime.of(2027, 3, 5, 18, 0);
        // when the runbook is printed
        List<String> runbook = Runbook.lines(target, hash, SignOffPolicy.of(Switchover.configure()
                        .requiredRoles(List.of("Head of Service, Child Protection", "Data Protection Officer")).build().settings()),
                freeze, LocalDate.of(2027, 3, 8));
        // then it has the freeze time, the one missing role, and the dry runs' mean time on the load step
        assertEquals("Freeze time: 2027-03-05T18:00 (legacy clock); no legacy row may change after it", runbook.get(1));
        assertEquals("Sign-offs still missing: 1, one role per line (for dry run " + latest.engine().runId() + ")", runbook.get(2));
        assertEquals("   - Data Protection Officer", runbook.get(3));
        // and step 2 names each required role on its own line (role names hold commas)
        int signStep = runbook.indexOf(runbook.stream().filter(line -> line.startsWith("2. ")).findFirst().orElseThrow());
        assertEquals(List.of("   - Head of Service, Child Protection", "   - Data Protection Officer"), runbook.subList(signStep + 1, signStep + 3));
        String loadStep = runbook.stream().filter(line -> line.startsWith("4. ")).findFirst().orElseThrow();
        assertTrue(loadStep.contains("expected about " + meanDryRunSeconds(target) + " s (mean of dry-run runs "
                + latest.engine().runId() + ", " + (latest.engine().runId() - 1) + ")"), loadStep);
        assertTrue(runbook.stream().anyMatch(line -> line.contains("`switchover final-load --resume`")));
        assertTrue(runbook.stream().anyMatch(line -> line.startsWith("3. ") && line.contains("`switchover freeze`")), runbook.toString());
        assertTrue(runbook.stream().anyMatch(line -> line.contains("expected unknown (no successful delta yet)")));
        // and its last step lists each rekeyed record as a task after go-live, by check and key
        int step = runbook.indexOf("7. After go-live, enter by hand in the new system the " + rekeyed.size() + " records the data owners "
                + "decided to rekey (reconciliation " + latest.reconciliation().reconciliationId() + " of dry run " + latest.engine().runId() + "):");
        assertTrue(step > 0, String.join("\n", runbook));
        assertEquals(rekeyed, runbook.subList(step + 1, runbook.size()).stream()
                .map(line -> line.replaceFirst("^   - (\\S+) record (\\S+) .*$", "$1 $2")).sorted().toList());
        theTimetable(target, hash, rekeyed.size());
    }

    /** The timetable of `plan --start`: clock times from the slowest recent dry run plus the buffer, the decision, the fallback. */
    private static void theTimetable(ConnectionSpec target, String hash, int rekeyed) throws Exception {
        LocalDateTime start = LocalDateTime.of(2027, 3, 5, 18, 0);
        // when the plan is asked for with a start
        PlanResult plan = Switchover.configure().target(target).requiredRoles(List.of("Head of Service, Child Protection",
                "Data Protection Officer")).build().plan(start);
        // then the final load takes the slowest recent dry run plus 50 %, so the decision falls at a known time
        String[] slowest;
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.load("sql/cutover/slowest_dry_run.sql").text())) {
            row.next();
            slowest = new String[] {row.getString(1), row.getBigDecimal(2).toBigInteger().toString()};
        }
        LocalDateTime loadStart = start.plusMinutes(15);
        LocalDateTime decision = loadStart.plusSeconds(Math.round(Long.parseLong(slowest[1]) / 1000.0 * 1.5));
        java.time.format.DateTimeFormatter clock = java.time.format.DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
        List<String> table = plan.timetable().lines();
        assertEquals("Timetable from Fri 2027-03-05 18:00:", table.get(0));
        assertTrue(table.get(1).startsWith("  Fri 2027-03-05 18:00 - Fri 2027-03-05 18:15  freeze  "), table.get(1));
        assertTrue(table.get(2).startsWith("  Fri 2027-03-05 18:15 - " + clock.format(decision) + "  final load  "), table.get(2));
        assertTrue(table.get(2).contains("(run " + slowest[0] + ") + 50 %"), table.get(2));
        assertTrue(table.get(3).startsWith("  " + clock.format(decision) + " - " + clock.format(decision.plusMinutes(30))
                + "  GO / NO-GO decision"), table.get(3));
        assertTrue(table.get(5).startsWith("  " + clock.format(decision.plusMinutes(30)) + " - " + clock.format(decision.plusMinutes(90))
                + "  if NO_GO: fallback  "), table.get(5));
        assertTrue(table.get(5).contains("the target is not marked production"), table.get(5));
        assertTrue(table.get(6).endsWith(rekeyed + " records to enter by hand (step 7)"), table.get(6));
        // and who decides, one role per line, at the end of the plan
        assertEquals(List.of("Who decides GO / NO-GO (each must have signed off the dry run):", "  - Head of Service, Child Protection",
                "  - Data Protection Officer"), plan.lines().subList(plan.lines().size() - 3, plan.lines().size()));
        // and --format md gives the same as Markdown: a title, the steps, the timetable as a table
        List<String> md = plan.markdown();
        assertTrue(md.get(0).startsWith("# Cutover runbook for target " + target.identity()), md.get(0));
        assertTrue(md.contains("| from | until | step | what |"), String.join("\n", md));
        assertTrue(md.stream().anyMatch(line -> line.startsWith("| Fri 2027-03-05 18:00 | Fri 2027-03-05 18:15 | freeze | ")));
        assertTrue(md.contains("- Data Protection Officer"));
        assertFalse(md.contains("Timetable from Fri 2027-03-05 18:00:"), "the text timetable is not repeated in Markdown");
    }

    private static String meanDryRunSeconds(ConnectionSpec target) throws Exception {
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.load("sql/cutover/mean_dry_run_seconds.sql").text())) {
            row.next();
            return String.format(Locale.ROOT, "%.1f", row.getDouble(1));
        }
    }
}
