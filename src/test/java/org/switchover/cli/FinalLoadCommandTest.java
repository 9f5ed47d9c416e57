package org.switchover.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.switchover.testing.RunProgress;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `switchover final-load` as the cutover team runs it: refused with one line per unmet condition,
 * then (all conditions met) killed mid-load and resumed, reconciled GO, the target marked as
 * production with an audit trail, after which dry runs and further final loads are refused.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinalLoadCommandTest {
    private static final String HEAD_OF_SERVICE = "Head of Service, Child Protection";
    private static final String DPO = "Data Protection Officer";

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;
    private Path dryRunReport;
    private long dryRunId;
    private Map<String, String> dryRunChecksums;

    @BeforeAll
    void givenASignedGoDryRun(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path tempDir) throws Exception {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        dir = tempDir;
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.01).seed(7).build());
        dryRunReport = dir.resolve("dry-run");
        Switchover switchover = Switchover.configure().legacy(legacy).target(target).reportDir(dryRunReport).quiet(true)
                .goLive(LocalDate.now().plusDays(7)).build();
        DryRunResult dryRun = switchover.dryRun();
        // the generated data holds headline records that cannot migrate: GO once their owners accept them (the final load too)
        assertTrue(dryRun.succeeded() && OwnerDecisions.onEveryRecordNotMigrated(switchover, dryRun.reconciliation(), "accept").go());
        dryRunId = dryRun.engine().runId();
        dryRunChecksums = TargetSnapshot.checksums(target);
        CliProcess.Result signed = cli("sign-off", "--report-dir=" + dryRunReport, "--owner=Alex Smith", "--role=" + HEAD_OF_SERVICE);
        assertEquals(0, signed.exitCode(), signed.err());
    }

    @Test
    @Order(1)
    void refusesWithOneLinePerUnmetCondition() throws Exception {
        // given a legacy row changed after the freeze time, a go-live date in the past and a role that has not signed
        try (Connection connection = Databases.connect(legacy)) {
            SqlResource.load("sql/cutover/touch_after_freeze.legacy.sql").executeAll(connection);
        }
        // when the final load is asked for
        CliProcess.Result refused = finalLoad("--freeze-time=2030-01-01T00:00", "--go-live=" + LocalDate.now().minusDays(1),
                "--required-role=" + HEAD_OF_SERVICE, "--required-role=" + DPO);
        // then it refuses (exit 1) naming exactly the three unmet conditions, and loads nothing
        assertEquals(ExitCodes.CHECKS_FAILED, refused.exitCode(), refused.err());
        List<String> lines = refused.err().lines().filter(line -> line.startsWith("  - ")).toList();
        assertEquals(List.of(
                "  - dry run " + dryRunId + " has no valid sign-off by the role '" + DPO + "'",
                "  - the go-live date " + LocalDate.now().minusDays(1) + " is in the past (today is " + LocalDate.now() + ")",
                "  - the legacy database is not frozen: rows changed after the freeze time 2030-01-01T00:00: case_note 1 (latest 2030-06-01 00:00:00)"),
                lines, refused.err());
        assertEquals(0, runsOfKind("final-load"));
        assertEquals(List.of("requested", "refused"), events());
    }

    @Test
    @Order(2)
    void killedMidLoadThenResumedItReconcilesAndMarksTheTargetProduction() throws Exception {
        // given every condition met: the second role signs, the freeze time is after the last legacy change
        assertEquals(0, cli("sign-off", "--report-dir=" + dryRunReport, "--owner=Sam Jones", "--role=" + DPO).exitCode());
        String[] conditions = {"--freeze-time=2031-01-01T00:00", "--required-role=" + HEAD_OF_SERVICE, "--required-role=" + DPO,
                "--chunk-rows=100", "--quiet", "--report-dir=" + dir.resolve("final")};
        // when the final load is killed once it has committed its first chunk (progress, not time), then resumed
        Process first = CliProcess.start(dir.resolve("final.log").toFile(), args("final-load", conditions));
        assertTrue(RunProgress.await(target, first, 60, run -> run.runId() > dryRunId && run.rowsRead() > 0),
                "the final load committed no chunk before it ended or 60 s passed");
        first.destroyForcibly();
        first.waitFor(60, TimeUnit.SECONDS);
        TargetSnapshot.LatestRun killed = TargetSnapshot.latestRun(target);
        CliProcess.Result resumed = cli(args("final-load", append(conditions, "--resume")));
        // then the same run finishes GO, the target is production, and it holds exactly what the signed dry run held
        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.err());
        assertEquals("RUNNING", killed.status(), "the kill should land while the final load runs");
        assertTrue(killed.rowsRead() > 0, "the killed final load had committed chunks to resume from");
        TargetSnapshot.LatestRun finished = TargetSnapshot.latestRun(target);
        assertEquals(killed.runId(), finished.runId());
        assertEquals(1, finished.resumed());
        assertEquals("true/" + finished.runId(), productionMark());
        assertEquals(dryRunChecksums, TargetSnapshot.checksums(target));
        List<String> events = events();
        assertEquals(List.of("loaded", "reconciled", "marked production"), events.subList(events.size() - 3, events.size()));
    }

    @Test
    @Order(3)
    void aProductionTargetRefusesDryRunsAndFinalLoads() throws Exception {
        CliProcess.Result dryRun = cli("dry-run", "--legacy-url=" + legacy.url(), "--legacy-user=" + legacy.user(),
                "--target-url=" + target.url(), "--target-user=" + target.user(), "--quiet", "--report-dir=" + dir.resolve("again"));
        assertEquals(ExitCodes.USAGE, dryRun.exitCode());
        assertTrue(dryRun.err().contains("is marked as production by a final load; a dry run will not touch it"), dryRun.err());
        CliProcess.Result again = finalLoad("--freeze-time=2031-01-01T00:00");
        assertEquals(ExitCodes.CHECKS_FAILED, again.exitCode());
        assertTrue(again.err().contains("  - target database " + target.identity() + " is already production (marked by final-load run"), again.err());
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
