package org.switchover.cli;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.switchover.cutover.StatusReport;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.testing.Queries;
import org.switchover.testing.SignedGoDryRun;
import org.switchover.testing.RunProgress;
import org.switchover.testing.TargetSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `switchover final-load` as the cutover team runs it: refused with one line per unmet condition, then (all conditions
 * met, legacy frozen with `switchover freeze`) killed mid-load and killed again in its reconciliation, shown as
 * INTERRUPTED each time, resumed into the reconciliation without reloading, reconciled GO, the target marked as
 * production with an audit trail, after which dry runs, final loads and deltas are refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinalLoadCommandTest extends SignedGoDryRun {
    private static final String DPO = "Data Protection Officer";
    /** A timestamp as the legacy clock prints in a refusal. */
    private static final String CLOCK = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?";
    /** How csc's tables are written: p logged, u unlogged. */
    private static final String CSC_PERSISTENCE = "sql/cutover/csc_persistence.sql";

    @Test
    @Order(1)
    void refusesWithOneLinePerUnmetConditionWithoutAFreezeOrWithAFreezeTimeInTheFuture() throws Exception {
        // given no freeze recorded, a role that has not signed, a go-live date in the past and a freeze time in 2099
        String yesterday = LocalDate.now().minusDays(1).toString();
        // when the final load is asked for
        CliProcess.Result refused = finalLoad("--freeze-time=2099-01-01T00:00", "--go-live=" + yesterday,
                "--required-role=" + HEAD_OF_SERVICE, "--required-role=" + DPO);
        // then it refuses (exit 1) naming exactly the four unmet conditions, and loads nothing
        assertEquals(ExitCodes.CHECKS_FAILED, refused.exitCode(), refused.err());
        List<String> lines = conditionLines(refused);
        assertEquals(4, lines.size(), refused.err());
        assertEquals("  - dry run " + dryRunId + " has no valid sign-off by the role '" + DPO + "'", lines.get(0));
        assertEquals("  - the go-live date " + yesterday + " is in the past (today is " + LocalDate.now() + ")", lines.get(1));
        assertTrue(lines.get(2).matches("  - the freeze time 2099-01-01T00:00 is later than the legacy server's clock now \\(" + CLOCK
                + "\\): a freeze time must have passed on the legacy server"), lines.get(2));
        assertEquals("  - no freeze recorded: run switchover freeze when legacy is made read-only", lines.get(3));
        assertEquals(0, runsOfKind("final-load"));
        assertFalse(refused.out().contains("legacy table"), "a refused load loaded nothing: no summary table");
        assertEquals(List.of("requested", "refused"), events());
    }

    @Test
    @Order(2)
    void theUpdatedDtFreezeCheckStaysAsASecondLine() throws Exception {
        // given a legacy row whose updated_dt lies after the freeze time
        Queries.update(legacy, "sql/gate/touch_note.legacy.sql");
        try {
            CliProcess.Result refused = finalLoad("--freeze-time=2019-02-01T00:00", "--required-role=" + HEAD_OF_SERVICE);
            assertEquals(ExitCodes.CHECKS_FAILED, refused.exitCode(), refused.err());
            assertEquals(List.of(
                    "  - the legacy database is not frozen: rows changed after the freeze time 2019-02-01T00:00: case_note 1 (latest 2019-06-01 00:00:00)",
                    "  - no freeze recorded: run switchover freeze when legacy is made read-only"), conditionLines(refused));
        } finally {
            Queries.update(legacy, "sql/gate/untouch_note.legacy.sql");
        }
    }

    @Test
    @Order(3)
    void killedMidLoadAndInItsReconciliationItShowsInterruptedAndResumesIntoTheReconciliation() throws Exception {
        // given every condition met: the second role signs, legacy is frozen (`switchover freeze`), and a check that
        // keeps the reconciliation busy for seconds
        // (only a role switchover.yml lists may sign)
        java.nio.file.Path config = java.nio.file.Files.writeString(dir.resolve("switchover.yml"),
                "requiredSignOffRoles:\n  - " + HEAD_OF_SERVICE + "\n  - " + DPO + "\n");
        CliProcess.Result signed = cli("sign-off", "--report-dir=" + dryRunReport, "--owner=Sam Jones", "--role=" + DPO, "--config=" + config);
        assertEquals(0, signed.exitCode(), signed.err());
        CliProcess.Result frozen = cli(args("freeze"));
        assertEquals(0, frozen.exitCode(), frozen.err());
        assertTrue(frozen.out().contains("freeze recorded: fingerprint "), frozen.out());
        String[] conditions = {"--required-role=" + HEAD_OF_SERVICE, "--required-role=" + DPO, "--chunk-rows=100", "--quiet",
                "--report-dir=" + dir.resolve("final"), "--checks=" + slowChecks()};
        // (the signed dry run loaded csc into unlogged tables: a rehearsal writes no WAL)
        assertEquals(List.of("u"), Queries.rows(target, CSC_PERSISTENCE));
        // when the final load is killed once it has committed its first chunk (progress, not time)
        Process first = CliProcess.start(dir.resolve("final.log").toFile(), args("final-load", conditions));
        assertTrue(RunProgress.await(target, first, 60, run -> run.runId() > dryRunId && run.rowsRead() > 0),
                "the final load committed no chunk before it ended or 60 s passed");
        first.destroyForcibly();
        first.waitFor(60, TimeUnit.SECONDS);
        TargetSnapshot.LatestRun killed = TargetSnapshot.latestRun(target);
        String interruptedLoad = statusLine(killed.runId());
        // and its resume is killed in turn, inside the reconciliation (after "loaded", before "reconciled")
        Process second = CliProcess.start(dir.resolve("final.log").toFile(), args("final-load", append(conditions, "--resume")));
        assertTrue(awaitEvent(second, killed.runId(), "loaded"), "the resumed final load never finished loading");
        Thread.sleep(2000); // the fingerprint takes a fraction of a second, the slow check five
        second.destroyForcibly();
        second.waitFor(60, TimeUnit.SECONDS);
        List<String> eventsAtKill = Queries.rows(target, "sql/gate/run_events.sql", killed.runId());
        List<String> loadedRecords = Queries.rows(target, "sql/gate/checkpoints.sql", killed.runId(), killed.runId());
        String interruptedReconciliation = statusLine(killed.runId());
        CliProcess.Result resumed = cli(args("final-load", append(conditions, "--resume")));

        // then status showed the run INTERRUPTED both times, the second kill landed in the reconciliation,
        assertEquals("RUNNING", killed.status(), "the kill should land while the final load runs");
        assertTrue(interruptedLoad.startsWith("run " + killed.runId() + " final-load " + StatusReport.INTERRUPTED + " started "), interruptedLoad);
        assertTrue(interruptedReconciliation.startsWith("run " + killed.runId() + " final-load " + StatusReport.INTERRUPTED),
                interruptedReconciliation);
        assertEquals("loaded", eventsAtKill.get(eventsAtKill.size() - 1), eventsAtKill.toString());
        // the last resume continued with the reconciliation (no chunk committed again, no count changed),
        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.err());
        // and it printed the dry run's summary table: a line per mapping and the total of what it read
        assertTrue(resumed.out().lines().anyMatch(line -> line.startsWith("legacy table") && line.contains("rejected")), resumed.out());
        assertTrue(resumed.out().lines().anyMatch(line -> line.startsWith("client ") && line.contains("ssd_person")), resumed.out());
        assertTrue(resumed.out().lines().anyMatch(line -> line.startsWith("total ")), resumed.out());
        TargetSnapshot.LatestRun finished = TargetSnapshot.latestRun(target);
        assertEquals(killed.runId(), finished.runId());
        assertEquals(2, finished.resumed());
        assertEquals("SUCCEEDED", finished.status());
        assertEquals(loadedRecords, Queries.rows(target, "sql/gate/checkpoints.sql", killed.runId(), killed.runId()));
        List<String> runEvents = Queries.rows(target, "sql/gate/run_events.sql", killed.runId());
        assertEquals(List.of("loaded", "reconciled", "marked production"), runEvents.subList(runEvents.size() - 3, runEvents.size()));
        // and the target is production, holding exactly what the signed dry run held, in logged tables
        assertEquals("true/" + finished.runId(), productionMark());
        assertEquals(dryRunTarget, TargetSnapshot.checksums(target));
        assertEquals(List.of("p"), Queries.rows(target, CSC_PERSISTENCE));
    }

    @Test
    @Order(4)
    void aProductionTargetRefusesDryRunsFinalLoadsAndDeltas() throws Exception {
        CliProcess.Result dryRun = cli("dry-run", "--legacy-url=" + legacy.url(), "--legacy-user=" + legacy.user(),
                "--target-url=" + target.url(), "--target-user=" + target.user(), "--quiet", "--report-dir=" + dir.resolve("again"));
        assertEquals(ExitCodes.USAGE, dryRun.exitCode());
        assertTrue(dryRun.err().contains("is marked as production by a final load; a dry run will not touch it"), dryRun.err());
        CliProcess.Result again = finalLoad();
        assertEquals(ExitCodes.CHECKS_FAILED, again.exitCode());
        assertTrue(again.err().contains("  - target database " + target.identity() + " is already production (marked by final-load run"), again.err());
        long production = TargetSnapshot.latestRun(target).runId();
        CliProcess.Result delta = cli(args("delta", "--since=" + production, "--report-dir=" + dir.resolve("delta")));
        assertEquals(ExitCodes.USAGE, delta.exitCode(), delta.err());
        assertEquals("switchover: target database " + target.identity() + " is marked as production by final-load run " + production
                + "; a delta will not touch it (it would overwrite what staff have entered since)", delta.err().strip());
        assertEquals(dryRunTarget, TargetSnapshot.checksums(target));
    }

    private static List<String> conditionLines(CliProcess.Result result) {
        return result.err().lines().filter(line -> line.startsWith("  - ")).toList();
    }

    /**
     * The status line of one run once it shows INTERRUPTED, asking a few times: a killed client's server session can
     * hold the load lock for a moment after the kill (TargetLoadLock.WAIT_SECONDS).
     */
    private String statusLine(long runId) throws Exception {
        String line = "";
        for (int attempt = 0; attempt < 5 && !line.contains(StatusReport.INTERRUPTED); attempt++) {
            CliProcess.Result status = cli("status", "--target-url=" + target.url(), "--target-user=" + target.user());
            assertEquals(0, status.exitCode(), status.err());
            line = status.out().lines().filter(l -> l.startsWith("run " + runId + " ")).findFirst().orElse(status.out());
        }
        return line;
    }

    /** Waits until the run has the event, or the child ended, or a minute passed. */
    private boolean awaitEvent(Process child, long runId, String action) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Queries.rows(target, "sql/gate/run_events.sql", runId).contains(action)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** The shipped checks plus one that sleeps five seconds on the legacy side. */
    private Path slowChecks() throws IOException {
        Path checks = dir.resolve("checks");
        copyTree(Path.of("reconciliation"), checks);
        copyTree(Path.of("src/test/resources/slow-check"), checks);
        return checks;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private CliProcess.Result finalLoad(String... extra) throws Exception {
        return cli(args("final-load", extra));
    }

    private String[] args(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--legacy-url=" + legacy.url(), "--legacy-user=" + legacy.user(),
                "--target-url=" + target.url(), "--target-user=" + target.user()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private CliProcess.Result cli(String... args) throws Exception {
        if (args[0].equals("sign-off")) {
            List<String> withTarget = new ArrayList<>(List.of(args));
            withTarget.add("--target-url=" + target.url());
            withTarget.add("--target-user=" + target.user());
            return CliProcess.run(Map.of(), withTarget.toArray(String[]::new));
        }
        return CliProcess.run(Map.of(), args);
    }

    private static String[] append(String[] args, String extra) {
        String[] longer = java.util.Arrays.copyOf(args, args.length + 1);
        longer[args.length] = extra;
        return longer;
    }

    private long runsOfKind(String kind) throws Exception {
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/cutover/runs_of_kind.sql").text())) {
            statement.setString(1, kind);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private String productionMark() throws Exception {
        try (Connection connection = Databases.connect(target); var statement = connection.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.load("sql/cutover/production_row.sql").text())) {
            row.next();
            return row.getBoolean(1) + "/" + row.getLong(2);
        }
    }

    private List<String> events() throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection connection = Databases.connect(target); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/cutover/events.sql").text())) {
            while (rows.next()) {
                actions.add(rows.getString(1));
            }
        }
        return actions;
    }
}
