package org.switchover.cutover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.legacy.LegacySchema;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.Queries;
import org.switchover.testing.SignedGoDryRun;
import org.switchover.testing.TargetSnapshot;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The final-load gate bound to what was signed, on real databases: a signed GO dry run, then legacy databases and
 * changes that used to pass the gate (an empty legacy database, a freeze time in the future, a hard delete and an
 * update that does not touch updated_dt after the freeze, a change while the final load runs) are each refused or
 * made NO_GO, naming the reason, with nothing loaded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinalLoadGateTest extends SignedGoDryRun {
    @Test
    @Order(1)
    void anEmptyLegacyDatabaseIsRefusedForBeingAnotherDatabaseWithoutTheSignedRows() throws Exception {
        // given a schema-only legacy database on the same server, and the signed report's own figures
        ConnectionSpec empty = legacy.withDatabase(legacy.database() + "_empty");
        onLegacyServer("create_database", empty.database());
        try {
            LegacySchema.create(empty);
            JsonNode signed = new ObjectMapper().readTree(dryRunReport.resolve("reconciliation.json").toFile());
            long runsBefore = Queries.number(target, "sql/gate/run_count.sql");

            // when the final load is pointed at it
            List<String> unmet = finalLoad(configure().legacy(empty)).unmet();

            // then it is refused because it is not the signed dry run's database, every table and headline is short,
            // and no freeze is recorded; nothing was loaded and no run was started
            String server = Queries.rows(target, "sql/gate/run_legacy_server.sql", dryRunId).get(0).split("\\|")[0];
            List<String> expected = new ArrayList<>();
            expected.add("the legacy database is not the one the signed dry run " + dryRunId + " read: it read " + server + "/"
                    + legacy.database() + ", this is " + server + "/" + empty.database());
            for (JsonNode table : signed.get("tables")) {
                expected.add("legacy table " + table.get("legacyTable").asText() + " -> " + table.get("targetTable").asText() + ": 0 now, "
                        + table.get("legacyCount").asLong() + " in the report signed for dry run " + dryRunId
                        + " (-100.0 %; the tolerance is 2 %)");
            }
            expected.add("open duty cases: 0 in legacy now, " + signed.at("/openDutyCases/legacy").asLong()
                    + " in the report signed for dry run " + dryRunId + " (" + signed.at("/openDutyCases/legacy").asLong()
                    + " fewer; the tolerance is 0 fewer)");
            expected.add("open referrals: 0 in legacy now, " + signed.at("/openReferrals/legacy").asLong()
                    + " in the report signed for dry run " + dryRunId + " (" + signed.at("/openReferrals/legacy").asLong()
                    + " fewer; the tolerance is 0 fewer)");
            expected.add("active CP plans: 0 in legacy now, " + signed.at("/activeCpPlans/legacy").asLong()
                    + " in the report signed for dry run " + dryRunId + " (" + signed.at("/activeCpPlans/legacy").asLong()
                    + " fewer; the tolerance is 0 fewer)");
            expected.add("no freeze recorded: run switchover freeze when legacy is made read-only");
            assertEquals(expected, unmet);
            assertEquals(17, signed.get("tables").size());
            assertEquals(runsBefore, Queries.number(target, "sql/gate/run_count.sql"));
            assertEquals(dryRunTarget, TargetSnapshot.checksums(target));
        } finally {
            onLegacyServer("drop_database", empty.database());
        }
    }

    @Test
    @Order(2)
    void theDryRunRecordedTheLegacyServerAsTheServerNamesItself() throws Exception {
        String[] variables = Queries.rows(legacy, "sql/gate/server_variables.legacy.sql").get(0).split("\\|");
        String[] recorded = Queries.rows(target, "sql/gate/run_legacy_server.sql", dryRunId).get(0).split("\\|");
        // MariaDB has no @@server_uuid: host and port; MySQL's uuid otherwise
        assertEquals(variables[2].contains("MariaDB") ? variables[0] + ":" + variables[1] : recorded[0], recorded[0]);
        assertTrue(recorded[0].matches(".+:\\d+|[0-9a-f-]{36}"), recorded[0]);
        assertEquals(legacy.database(), recorded[1]);
    }

    @Test
    @Order(3)
    void aFreezeTimeLaterThanTheLegacyServersClockIsRefused() throws Exception {
        // given a freeze recorded on an unchanged legacy database
        Switchover.configure().legacy(legacy).target(target).build().freeze();
        // when the final load is given a freeze time far in the future
        List<String> unmet = finalLoad(configure().freezeTime(LocalDateTime.of(2099, 1, 1, 0, 0))).unmet();
        // then that alone is refused, against the legacy server's own clock
        assertEquals(1, unmet.size(), unmet.toString());
        assertTrue(unmet.get(0).matches("the freeze time 2099-01-01T00:00 is later than the legacy server's clock now "
                + "\\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\): a freeze time must have passed on the legacy server"), unmet.get(0));
    }

    @Test
    @Order(4)
    void aHardDeleteAndAnUpdateThatKeepsUpdatedDtAfterTheFreezeAreRefusedNamingTableAndKeyRange() throws Exception {
        // given a freeze, then a case note deleted and a client's ethnicity changed between two valid codes, updated_dt untouched
        Switchover.configure().legacy(legacy).target(target).build().freeze();
        String[] freeze = Queries.rows(target, "sql/gate/latest_freeze.sql").get(0).split("\\|");
        long noteWidth = Queries.number(target, "sql/gate/bucket_size.sql", Long.parseLong(freeze[0]), "case_note");
        long clientWidth = Queries.number(target, "sql/gate/bucket_size.sql", Long.parseLong(freeze[0]), "client");
        long note = Queries.number(legacy, "sql/gate/a_note.legacy.sql");
        String[] client = Queries.rows(legacy, "sql/gate/a_white_british_client.legacy.sql").get(0).split("\\|");
        long clientNo = Long.parseLong(client[0]);
        long noteFrom = note / noteWidth * noteWidth;
        long clientFrom = clientNo / clientWidth * clientWidth;
        String[] before = Queries.rows(legacy, "sql/gate/count.legacy.sql").get(0).split("\\|");
        long notesInRange = Queries.number(legacy, "sql/gate/notes_between.legacy.sql", noteFrom, noteFrom + noteWidth - 1);
        long clientsInRange = Queries.number(legacy, "sql/gate/clients_between.legacy.sql", clientFrom, clientFrom + clientWidth - 1);
        Queries.update(legacy, "sql/gate/delete_note.legacy.sql", note, note);
        Queries.update(legacy, "sql/gate/set_ethnicity.legacy.sql", "WIRI", clientNo);
        try {
            // when the final load is asked for, with the default tolerances and with none
            List<String> unmet = finalLoad(configure()).unmet();
            List<String> strict = finalLoad(configure().tolerances(new SwitchoverSettings.Tolerances(0, 0))).unmet();

            // then it is refused naming each table and the key range that changed (the freeze time, taken from the
            // freeze, finds no updated_dt after it: the clock alone would have let both through)
            String since = " changed since the freeze (fingerprint " + freeze[0] + ", legacy clock "
                    + java.sql.Timestamp.valueOf(freeze[1]).toLocalDateTime() + "): ";
            List<String> changed = List.of(
                    "legacy table case_note" + since + before[0] + " → " + (Long.parseLong(before[0]) - 1) + " rows; key ranges note_id "
                            + noteFrom + "–" + (noteFrom + noteWidth - 1) + " (" + notesInRange + " → " + (notesInRange - 1) + " rows)",
                    "legacy table client" + since + before[1] + " → " + before[1] + " rows; key ranges client_no "
                            + clientFrom + "–" + (clientFrom + clientWidth - 1) + " (" + clientsInRange + " rows, content changed)");
            assertEquals(changed, unmet);
            // one case note fewer is within 2 %, not within 0 %
            List<String> withCount = new ArrayList<>(List.of("legacy table case_note -> ssd_case_notes: " + (Long.parseLong(before[0]) - 1)
                    + " now, " + before[0] + " in the report signed for dry run " + dryRunId + " (-0.0 %; the tolerance is 0 %)"));
            withCount.addAll(changed);
            assertEquals(withCount, strict);
            assertEquals(dryRunTarget, TargetSnapshot.checksums(target));
        } finally {
            Queries.update(legacy, "sql/gate/restore_note.legacy.sql");
            Queries.update(legacy, "sql/gate/set_ethnicity.legacy.sql", client[1], clientNo);
        }
        // and once legacy holds again exactly what was frozen, the gate opens: the fingerprint is of content, not of time
        assertEquals(List.of(), new FinalLoadGate(configure().build().settings(), mappings()).check(LocalDate.now()).unmet());
    }

    @Test
    @Order(5)
    void aChangeWhileTheFinalLoadRunsMakesItNoGoAndTheTargetIsNotMarked() throws Exception {
        // given a freeze and a final load under way (small chunks, so it takes a while)
        Switchover.configure().legacy(legacy).target(target).build().freeze();
        long client = Long.parseLong(Queries.rows(legacy, "sql/gate/a_white_british_client.legacy.sql").get(0).split("\\|")[0]);
        Switchover switchover = configure().chunkRows(50).build();
        CompletableFuture<FinalLoadResult> running = CompletableFuture.supplyAsync(switchover::finalLoad);
        // when legacy changes while it loads (a committed chunk shows the gate is behind it), updated_dt untouched
        awaitFirstChunk(running);
        Queries.update(legacy, "sql/gate/set_ethnicity.legacy.sql", "WIRI", client);
        FinalLoadResult result = running.get(300, TimeUnit.SECONDS);

        // then the run is NO_GO, naming the table and the key range, recorded with the run, and the target is not production
        assertEquals(FinalLoadResult.Outcome.NO_GO, result.outcome());
        assertEquals(1, result.unmet().size(), result.unmet().toString());
        assertTrue(result.unmet().get(0).matches("legacy table client changed during the load: (\\d+) → \\1 rows; key ranges "
                + "client_no \\d+–\\d+ \\(\\d+ rows, content changed\\)"), result.unmet().get(0));
        assertEquals(List.of("SUCCEEDED|NO_GO|" + result.unmet().get(0)), Queries.rows(target, "sql/gate/run_verdict.sql", result.runId()));
        assertEquals(List.of("f"), Queries.rows(target, "sql/gate/production.sql"));
    }

    /** Polls the target until the final load's run has committed a chunk; fails if the load ended first. */
    private void awaitFirstChunk(CompletableFuture<FinalLoadResult> running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && !running.isDone()) {
            TargetSnapshot.LatestRun run = TargetSnapshot.latestRun(target);
            if (run.runId() > dryRunId && run.rowsRead() > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the final load committed no chunk before it ended: " + (running.isDone() ? running.get() : "timeout"));
    }

    private SwitchoverBuilder configure() {
        return Switchover.configure().legacy(legacy).target(target).quiet(true).reportDir(dir.resolve("final-load"));
    }

    private static FinalLoadResult finalLoad(SwitchoverBuilder builder) {
        return builder.build().finalLoad();
    }

    private static MappingSet mappings() {
        return MappingSet.load(Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), TransformSettings.defaults());
    }

    private void onLegacyServer(String statement, String database) throws Exception {
        try (Connection connection = Databases.connect(legacy); Statement sql = connection.createStatement()) {
            sql.execute(SqlResource.load("sql/gate/" + statement + ".legacy.sql").statements().get(0).replace("{name}", database));
        }
    }
}
