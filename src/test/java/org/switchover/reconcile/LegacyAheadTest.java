package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.testing.TestDatabases;
import org.switchover.testing.UnmigratableHeadlines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dry run reads its reconciliation's legacy queries while it loads ({@link LegacyAhead}): the report is the one a
 * reconciliation that reads nothing ahead writes, a result is taken only from the reconciliation's own legacy settings,
 * and each query runs once, a failed one again where it is needed.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyAheadTest {
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);
    private static final LegacyAhead.Runner NO_ROWS = (connection, sql, label) -> new SideResult(List.of(), false);

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path dir;
    private DryRunResult dryRun;

    @BeforeAll
    void givenADryRunOfGeneratedDataWithRecordsThatCannotMigrate(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                 @TempDir Path dir) throws Exception {
        UnmigratableHeadlines.plantedInto(legacyDb.spec());
        this.legacy = legacyDb.spec();
        this.target = targetDb.spec();
        this.dir = dir;
        dryRun = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("dry-run")).goLive(GO_LIVE).quiet(true)
                .build().dryRun();
        assertTrue(dryRun.succeeded(), () -> "dry run failed: " + dryRun.engine().failure());
    }

    @Test
    void theDryRunsReportIsTheOneAReconciliationThatReadsNothingAheadWrites() throws IOException {
        // when the dry run's own run is reconciled again, every legacy query run by the reconciliation itself
        reconciliation("again").run();
        // then the reports are the same but for their ids and times, and so is every list
        assertEquals(normalised(dir.resolve("dry-run")), normalised(dir.resolve("again")));
        Map<String, String> lists = lists(dir.resolve("dry-run"));
        assertTrue(lists.size() > 20, "lists: " + lists.keySet());
        assertEquals(lists, lists(dir.resolve("again")));
    }

    @Test
    void aResultReadAheadIsTakenOnlyFromTheReconciliationsOwnLegacySettings() throws Exception {
        // given every legacy query read ahead as no rows, once with the reconciliation's own settings and once with an equal copy
        Reconciliation reconciliation = reconciliation("copy");
        List<LegacyAhead.Query> queries = reconciliation.legacyQueries(dryRun.reconciliation().asOf());
        ConnectionSpec copy = new ConnectionSpec(legacy.role(), legacy.url(), legacy.user(), legacy.password());
        try (LegacyAhead fromCopy = readAll(copy, queries, NO_ROWS); LegacyAhead fromOwn = readAll(legacy, queries, NO_ROWS)) {
            assertEquals(queries.stream().map(LegacyAhead.Query::sql).distinct().count(), fromOwn.readAhead());
            // when the run is reconciled with each
            ReconciliationResult withCopy = reconciliation.run(fromCopy);
            ReconciliationResult withOwn = reconciliation("own").run(fromOwn);
            // then the copy's are not taken: the open duty cases are counted from legacy, as the dry run counted them
            assertEquals(legacyFigure(dryRun.reconciliation(), "open-duty-cases"), legacyFigure(withCopy, "open-duty-cases"));
            assertTrue(legacyFigure(withCopy, "open-duty-cases") > 0);
            // and the control: its own settings' are taken, so the legacy side is as empty as they were made
            assertEquals(0L, legacyFigure(withOwn, "open-duty-cases"));
            // the crosswalks' legacy values too: none from the empty results taken, every one from legacy with the copy
            assertEquals(0L, crosswalkLegacyRows(dir.resolve("own")));
            assertEquals(crosswalkLegacyRows(dir.resolve("dry-run")), crosswalkLegacyRows(dir.resolve("copy")));
            assertTrue(crosswalkLegacyRows(dir.resolve("copy")) > 1000, "crosswalk legacy rows: " + crosswalkLegacyRows(dir.resolve("copy")));
        }
    }

    /** The legacy rows of every value of every crosswalk in a report. */
    private static long crosswalkLegacyRows(Path reportDir) throws IOException {
        JsonNode crosswalks = new ObjectMapper().readTree(reportDir.resolve(ReportFiles.JSON_FILE).toFile()).path("crosswalks");
        assertTrue(crosswalks.size() > 5, "crosswalks: " + crosswalks.size());
        long rows = 0;
        for (JsonNode crosswalk : crosswalks) {
            for (JsonNode value : crosswalk.path("values")) {
                rows += value.path("rows").asLong();
            }
        }
        return rows;
    }

    @Test
    void resultsReadAheadForAnotherAsOfDateAreNotTaken() throws Exception {
        // given every legacy query read ahead as no rows, from the reconciliation's own settings but for the next day
        Reconciliation reconciliation = reconciliation("next-day");
        LocalDate asOf = dryRun.reconciliation().asOf();
        List<LegacyAhead.Query> nextDay = reconciliation.legacyQueries(asOf.plusDays(1));
        try (LegacyAhead ahead = readAll(legacy, nextDay, NO_ROWS)) {
            assertTrue(ahead.readAhead() > 100, "read ahead: " + ahead.readAhead());
            // when the run (as of its own date) is reconciled with them
            ReconciliationResult result = reconciliation.run(ahead);
            // then the queries that depend on the date are run again, and the open duty cases counted from legacy
            assertEquals(legacyFigure(dryRun.reconciliation(), "open-duty-cases"), legacyFigure(result, "open-duty-cases"));
            assertTrue(legacyFigure(result, "open-duty-cases") > 0);
        }
    }

    @Test
    void aQueryTheReaderFailedOnIsRunAgainWhereItIsNeeded() throws Exception {
        // given a reader whose first query fails
        LegacyAhead.Runner failingOnA = (connection, sql, label) -> {
            if (sql.equals("a")) {
                throw new ReconciliationException(label + ": connection lost");
            }
            return rows("read ahead " + sql);
        };
        try (LegacyAhead ahead = readAll(legacy, List.of(new LegacyAhead.Query("a", "a.yml"), new LegacyAhead.Query("b", "b.yml")), failingOnA)) {
            // when the reconciliation asks for each query and one the reader was not given
            AtomicInteger ranHere = new AtomicInteger();
            List<String> keys = new ArrayList<>();
            for (String sql : List.of("a", "b", "c")) {
                keys.add(key(ahead.resultOf(sql, () -> {
                    ranHere.incrementAndGet();
                    return rows("here " + sql);
                })));
            }
            // then the failed one and the unknown one run here, the other is the reader's
            assertEquals(List.of("here a", "read ahead b", "here c"), keys);
            assertEquals(2, ranHere.get());
            assertEquals(1, ahead.readAhead());
        }
    }

    @Test
    void aQueryTheReaderIsRunningIsWaitedForNotRunTwice() throws Exception {
        // given a reader held in its first query
        CountDownLatch inQuery = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LegacyAhead ahead = new LegacyAhead(legacy, () -> List.of(new LegacyAhead.Query("a", "a.yml")), heldIn(inQuery, release), Long.MAX_VALUE);
        ahead.startReader();
        inQuery.await();
        ExecutorService asker = Executors.newSingleThreadExecutor();
        try (ahead) {
            // when the reconciliation asks for it meanwhile, and the reader then finishes
            AtomicInteger ranHere = new AtomicInteger();
            Future<SideResult> asked = asker.submit(() -> ahead.resultOf("a", () -> {
                ranHere.incrementAndGet();
                return rows("here");
            }));
            release.countDown();
            // then it gets the reader's result, and never ran the query itself
            assertEquals("read ahead a", key(asked.get()));
            assertEquals(0, ranHere.get());
        } finally {
            asker.shutdownNow();
        }
    }

    @Test
    void closingStopsTheReaderAfterTheQueryItIsRunning() throws Exception {
        // given a reader held in the first of two queries
        CountDownLatch inQuery = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LegacyAhead ahead = new LegacyAhead(legacy, () -> List.of(new LegacyAhead.Query("a", "a.yml"), new LegacyAhead.Query("b", "b.yml")),
                heldIn(inQuery, release), Long.MAX_VALUE);
        ahead.startReader();
        inQuery.await();
        // when it is closed (the load failed) and its query then ends
        Thread closer = new Thread(ahead::close);
        closer.start();
        while (closer.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        closer.join();
        // then it read the first and left the second unread
        assertEquals(1, ahead.readAhead());
        assertEquals("here b", key(ahead.resultOf("b", () -> rows("here b"))));
    }

    @Test
    void checksThatCannotBeLoadedLeaveEveryQueryToTheReconciliation() throws Exception {
        // given a reader whose check set fails to load (the reconciliation reports that itself, as it always did)
        AtomicInteger ranByReader = new AtomicInteger();
        LegacyAhead ahead = new LegacyAhead(legacy, () -> {
            throw new ReconciliationException("reconciliation/broken.yml:3: no such column");
        }, (connection, sql, label) -> {
            ranByReader.incrementAndGet();
            return rows("read ahead " + sql);
        }, Long.MAX_VALUE);
        ahead.startReader();
        ahead.finishReading();
        try (ahead) {
            // when the reconciliation asks for a query, then it runs it itself (it does not wait for a plan that never came)
            // and the reader ran nothing
            assertEquals("here a", key(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ahead.resultOf("a", () -> rows("here a")))));
            assertEquals(0, ranByReader.get());
            assertEquals(0, ahead.readAhead());
        }
    }

    @Test
    void theReaderStopsOnceWhatItHoldsReachesItsShareOfTheHeap() throws Exception {
        // given a reader allowed to hold less than two results
        long oneResult = rows("read ahead a").heldBytes();
        List<LegacyAhead.Query> queries = List.of(new LegacyAhead.Query("a", "a.yml"), new LegacyAhead.Query("b", "b.yml"),
                new LegacyAhead.Query("c", "c.yml"));
        try (LegacyAhead ahead = readAll(legacy, queries, (connection, sql, label) -> rows("read ahead " + sql), oneResult + 1)) {
            // then it read two, the second taking it past its limit, and left the third to the reconciliation
            assertEquals(2, ahead.readAhead());
            assertEquals("read ahead b", key(ahead.resultOf("b", () -> rows("here b"))));
            assertEquals("here c", key(ahead.resultOf("c", () -> rows("here c"))));
        }
        // and a reconciliation's reader may hold a quarter of the heap
        assertEquals(4, LegacyAhead.HEAP_SHARE_DIVISOR);
    }

    @Test
    void theReaderTakesTheQueriesThatReadASharedSetFirst() throws Exception {
        // given three queries, the second of which reads a shared set (a temporary table of the reader's own session)
        SharedSet set = new SharedSet("switchover_test_order", "CREATE TEMPORARY TABLE switchover_test_order (n INT)", "order.sql");
        List<LegacyAhead.Query> queries = List.of(new LegacyAhead.Query("a", "a.yml"), new LegacyAhead.Query("b", "b.yml", List.of(set)),
                new LegacyAhead.Query("c", "c.yml"));
        List<String> ran = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        // when the reader reads them all
        try (LegacyAhead ahead = readAll(legacy, queries, (connection, sql, label) -> {
            ran.add(sql);
            return rows("read ahead " + sql);
        })) {
            // then it ran the one that reads the set first, then the others in their order, so that no worker of the
            // reconciliation is left one that would build the set again on its own session
            assertEquals(List.of("b", "a", "c"), ran);
            assertEquals("read ahead b", key(ahead.resultOf("b", () -> rows("here b"))));
        }
    }

    private static LegacyAhead.Runner heldIn(CountDownLatch inQuery, CountDownLatch release) {
        return (connection, sql, label) -> {
            inQuery.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return rows("read ahead " + sql);
        };
    }

    private static LegacyAhead readAll(ConnectionSpec spec, List<LegacyAhead.Query> queries, LegacyAhead.Runner runner)
            throws InterruptedException {
        return readAll(spec, queries, runner, Long.MAX_VALUE);
    }

    private static LegacyAhead readAll(ConnectionSpec spec, List<LegacyAhead.Query> queries, LegacyAhead.Runner runner, long heldBytesMax)
            throws InterruptedException {
        LegacyAhead ahead = new LegacyAhead(spec, () -> queries, runner, heldBytesMax);
        ahead.startReader();
        ahead.finishReading();
        return ahead;
    }

    private Reconciliation reconciliation(String reportDir) {
        return new Reconciliation(legacy, target, Path.of("reconciliation"), dir.resolve(reportDir), GO_LIVE, null, dryRun.engine().runId());
    }

    private static SideResult rows(String key) {
        return new SideResult(List.of(new SideResult.Row(key, 1, Map.of(), null)), false);
    }

    private static String key(SideResult result) {
        assertSame(1, result.rows().size());
        return result.rows().get(0).key();
    }

    private static Long legacyFigure(ReconciliationResult result, String checkId) {
        return result.outcomes().stream().filter(o -> o.id().equals(checkId)).findFirst().orElseThrow().legacy();
    }

    /** The report without what changes from one reconciliation to the next: ids, times, the clock. */
    private static JsonNode normalised(Path reportDir) throws IOException {
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(reportDir.resolve(ReportFiles.JSON_FILE).toFile());
        report.remove(List.of("reconciliationId", "reconciledAt", "daysToGoLive"));
        report.path("checks").forEach(check -> ((ObjectNode) check).remove("seconds"));
        assertFalse(report.path("checks").isEmpty());
        return report;
    }

    private static Map<String, String> lists(Path reportDir) throws IOException {
        Map<String, String> lists = new TreeMap<>();
        try (Stream<Path> files = Files.walk(reportDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                lists.put(reportDir.relativize(file).toString(), Files.readString(file));
            }
        }
        return lists;
    }
}
