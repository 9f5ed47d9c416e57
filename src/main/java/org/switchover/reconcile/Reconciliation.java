package org.switchover.reconcile;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.mapping.MappingSet;
import org.switchover.run.RunKind;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reconciles one run: loads the checks, runs each side's SQL on its own database (legacy from the legacy
 * tables, target from csc; only the counts check reads the run's own counters, to test them), applies the data
 * owners' decisions in force to the failing records, decides GO / NO_GO, writes reconciliation.json,
 * reconciliation.html and a CSV per list, and records a new reconciliation of the run (never rewriting an earlier one).
 */
public final class Reconciliation {
    /** The run kind that loads only what changed: its own counters describe part of the target, not the whole state. */
    static final String RUN_KIND_OF_PART = "delta";

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final Path checksDirectory;
    private final Path reportDir;
    private final LocalDate goLive;
    private final LocalDate asOfOverride;
    private final Long runId;
    private final Path mappings;
    private final boolean wholeState;
    private final java.time.Clock clock;

    /**
     * @param asOf  the date "open", "active" and "days waiting" are measured at; null = the run's own as-of
     * @param runId the run to reconcile; null = the latest successful dry run
     */
    public Reconciliation(ConnectionSpec legacy, ConnectionSpec target, Path checksDirectory, Path reportDir,
                          LocalDate goLive, LocalDate asOf, Long runId) {
        this(legacy, target, checksDirectory, reportDir, goLive, asOf, runId,
                Path.of(org.switchover.config.SwitchoverSettings.DEFAULT_MAPPINGS), false, java.time.Clock.systemDefaultZone());
    }

    private Reconciliation(ConnectionSpec legacy, ConnectionSpec target, Path checksDirectory, Path reportDir,
                           LocalDate goLive, LocalDate asOf, Long runId, Path mappings, boolean wholeState, java.time.Clock clock) {
        this.clock = clock;
        this.mappings = mappings;
        this.legacy = legacy;
        this.target = target;
        this.checksDirectory = checksDirectory;
        this.reportDir = reportDir;
        this.goLive = goLive;
        this.asOfOverride = asOf;
        this.runId = runId;
        this.wholeState = wholeState;
    }

    /** The same reconciliation, for one given run (the dry run that just finished). */
    public Reconciliation forRun(long id) {
        return new Reconciliation(legacy, target, checksDirectory, reportDir, goLive, asOfOverride, id, mappings, wholeState, clock);
    }

    /** The same reconciliation with the counts checks implied by the mappings in {@code directory}. */
    public Reconciliation mappings(Path directory) {
        return new Reconciliation(legacy, target, checksDirectory, reportDir, goLive, asOfOverride, runId, directory, wholeState, clock);
    }

    /**
     * The same reconciliation, recorded as comparing the whole legacy state with the whole target state even for a delta
     * run (a full load's reconciliation always is: migration.reconciliation.whole_state).
     */
    public Reconciliation asWholeState() {
        return new Reconciliation(legacy, target, checksDirectory, reportDir, goLive, asOfOverride, runId, mappings, true, clock);
    }

    /** The same reconciliation, dated by {@code today} (the report's time and its days to go-live). */
    public Reconciliation clock(java.time.Clock today) {
        return new Reconciliation(legacy, target, checksDirectory, reportDir, goLive, asOfOverride, runId, mappings, wholeState, today);
    }

    /**
     * Where the time goes, for profiling: {@code -Dorg.slf4j.simpleLogger.log.org.switchover.reconcile=debug} logs the
     * milliseconds since the start at each step, and each query's own time ({@link SideResult}).
     */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reconciliation.class);

    /** The id a query read ahead is filled with: no run has it. */
    private static final long RUN_ID_NOT_YET_KNOWN = 0;

    /** Checks run side by side, one per core: each is a pair of queries that keeps a core busy. */
    public static final int PARALLEL_CHECKS = Runtime.getRuntime().availableProcessors();

    /** The hash of the check set in {@code checksDirectory} with the counts checks the mappings in {@code mappings} imply. */
    public static String checkSetHash(Path checksDirectory, Path mappings) {
        return CheckSetHash.of(checksDirectory, CheckLoader.load(checksDirectory, MappingSet.load(mappings, TransformSettings.defaults())));
    }

    /**
     * The configured checks that {@code givenChecks} lacks or holds differently (by id; empty when it holds every one of them
     * as configured, perhaps with more): a reconciliation with such a set checks at least what the configured one does.
     */
    public static List<String> checksNotHeld(Path configuredChecks, Path givenChecks, Path mappings) {
        MappingSet mappingSet = MappingSet.load(mappings, TransformSettings.defaults());
        Map<String, String> configured = CheckSetHash.perCheck(configuredChecks, CheckLoader.load(configuredChecks, mappingSet));
        Map<String, String> given = CheckSetHash.perCheck(givenChecks, CheckLoader.load(givenChecks, mappingSet));
        return configured.entrySet().stream().filter(e -> !e.getValue().equals(given.get(e.getKey()))).map(Map.Entry::getKey).toList();
    }

    /**
     * Starts reading this reconciliation's legacy queries ahead (see {@link LegacyAhead}), for a run with the as-of date
     * {@code runAsOf} that is about to load: close it once {@link #run(LegacyAhead)} is done, or the load failed.
     */
    public LegacyAhead readAhead(LocalDate runAsOf) {
        return LegacyAhead.start(legacy, () -> legacyQueries(runAsOf));
    }

    /** The legacy queries of every check, filled as for a run with the as-of date {@code runAsOf}. */
    List<LegacyAhead.Query> legacyQueries(LocalDate runAsOf) {
        MappingSet mappingSet = MappingSet.load(mappings, TransformSettings.defaults());
        List<CheckDefinition> checks = CheckLoader.load(checksDirectory, mappingSet);
        // the run has no id yet: a legacy query that used it would be filled differently here, and so run again
        CheckRunner runner = new CheckRunner(checksDirectory, CheckValues.of(checksDirectory, asOf(runAsOf), RUN_ID_NOT_YET_KNOWN));
        List<LegacyAhead.Query> queries = new ArrayList<>(runner.legacyQueries(checks));
        // the crosswalks' too: read after the checks, they were the last legacy reads of a reconciliation (2.6 s at scale 5)
        queries.addAll(Crosswalks.legacyQueries(mappingSet));
        return queries;
    }

    /**
     * Fills every check's legacy and target query, as a run on {@code asOf} would, without a database: a query that cannot
     * be filled (a missing fragment, an unknown placeholder, a shared set opened twice) is then refused before a run loads
     * anything, not found by its reconciliation after the load. Empty when every query can be run.
     */
    public static List<ConfigProblem> queryProblems(Path checksDirectory, MappingSet mappings, LocalDate asOf) {
        List<CheckDefinition> checks = CheckLoader.load(checksDirectory, mappings);
        return new CheckRunner(checksDirectory, CheckValues.of(checksDirectory, asOf, RUN_ID_NOT_YET_KNOWN)).fillProblems(checks);
    }

    /** As {@link #queryProblems}, for this reconciliation's checks and mappings: a {@code ConfigException} when any query fails. */
    public Reconciliation withQueriesChecked() {
        LocalDate on = asOfOverride != null ? asOfOverride : LocalDate.now(clock);
        List<ConfigProblem> problems = queryProblems(checksDirectory, MappingSet.load(mappings, TransformSettings.defaults()), on);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return this;
    }

    /** Before any check runs: the report and the run's kept copy must go where no other account can reach. */
    private void refuseUnsafeReportPlace() {
        try {
            java.util.Optional<String> unsafe = org.switchover.history.RunHistory.unsafePlace(reportDir);
            if (unsafe.isPresent()) {
                throw new org.switchover.config.ConfigurationException("cannot reconcile: " + unsafe.get());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the reconciliation report in " + reportDir + ": " + e.getMessage(), e);
        }
    }

    /** The date "open", "active" and "days waiting" are measured at for a run with the as-of date {@code runAsOf}. */
    private LocalDate asOf(LocalDate runAsOf) {
        return asOfOverride != null ? asOfOverride : runAsOf;
    }

    public ReconciliationResult run() {
        return run(LegacyAhead.NONE);
    }

    /** As {@link #run()}, taking the legacy results {@code ahead} read from this reconciliation's own legacy database. */
    public ReconciliationResult run(LegacyAhead ahead) {
        long started = System.nanoTime();
        refuseUnsafeReportPlace();
        MappingSet mappingSet = MappingSet.load(mappings, TransformSettings.defaults());
        List<CheckDefinition> checks = CheckLoader.load(checksDirectory, mappingSet);
        String checkSetHash = CheckSetHash.of(checksDirectory, checks);
        try (Connection legacyConnection = Databases.connect(legacy); Connection targetConnection = Databases.connect(target)) {
            ReconciledRun run = ReconciledRun.find(targetConnection, runId, target);
            java.util.OptionalLong scratchInCsc = org.switchover.run.ScratchRuns.inCsc(targetConnection);
            if (scratchInCsc.isPresent() && scratchInCsc.getAsLong() != run.id()) {
                // csc no longer holds what that run loaded: its checks would count a partial csc as the run's own
                throw new org.switchover.config.ConfigurationException("cannot reconcile run " + run.id() + ": "
                        + org.switchover.run.ScratchRuns.refusal(scratchInCsc.getAsLong()));
            }
            if (org.switchover.schema.CscPersistence.emptiedByCrash(targetConnection)) {
                // every check would count the loaded rows as lost: say what happened instead of a NO_GO that misleads
                throw new org.switchover.config.ConfigurationException("cannot reconcile run " + run.id() + ": the target server has "
                        + "recovered from a crash since, and " + org.switchover.schema.CscPersistence.WHY_EMPTY + "; run dry-run again");
            }
            RunLegacy.refuseAnother(targetConnection, legacyConnection, run.id());
            LocalDate asOf = asOf(run.asOf());
            if (asOf == null) {
                throw new ReconciliationException("run " + run.id() + " has no as-of date; give --as-of");
            }
            CheckRunner runner = new CheckRunner(checksDirectory, CheckValues.of(checksDirectory, asOf, run.id()),
                    ahead.reads(legacy) ? ahead : LegacyAhead.NONE);
            // a scratch run loaded only part of csc: whatever its checks say, it is never GO and never signable, and the
            // counts checks of mappings it did not run have no counts to check
            List<String> loaded = RunKind.SCRATCH.text().equals(run.kind()) ? ReconciledRun.mappingsOf(targetConnection, run.id()) : null;
            String partial = loaded == null ? null : "PARTIAL: scratch run " + run.id() + " (dry-run --only) loaded only "
                    + String.join(", ", loaded) + "; every other csc table is empty, so checks on them fail. A scratch run is never "
                    + "signable and its verdict is never GO.";
            if (loaded != null) {
                checks = checks.stream().filter(c -> c.type() != CheckType.MAPPING_COUNTS || loaded.contains(c.parameter("targetTable"))).toList();
            }
            // a set that leaves out the open duty cases or the active plans could be GO without looking at either
            String unchecked = ReportSections.uncheckedHeadlines(checks);
            if (unchecked != null) {
                partial = partial == null ? unchecked : partial + " " + unchecked;
            }
            // each check, then each crosswalk, on the workers: both read legacy and target, and neither depends on the other
            List<PairedWorkers.Task<?>> tasks = new ArrayList<>();
            checks.forEach(check -> tasks.add((l, t) -> runner.run(check, l, t)));
            tasks.addAll(Crosswalks.tasks(mappingSet, ahead.reads(legacy) ? ahead : LegacyAhead.NONE));
            List<Object> results = PairedWorkers.run(legacy, target, PARALLEL_CHECKS, tasks);
            List<CheckOutcome> ran = results.subList(0, checks.size()).stream().map(CheckOutcome.class::cast).toList();
            List<Crosswalks.Crosswalk> crosswalks = Crosswalks.sorted(results.subList(checks.size(), results.size()).stream()
                    .map(Crosswalks.Crosswalk.class::cast).toList());
            LOG.debug("at checks and crosswalks {} ms ({} legacy queries read ahead, holding {} KiB)",
                    (System.nanoTime() - started) / 1_000_000, ahead.readAhead(), ahead.heldBytes() / 1024);
            try (Worklists.Writing worklists = Worklists.writeBeside(target, run.id(), mappingSet, reportDir)) {
                return report(started, targetConnection, run, asOf, checkSetHash, partial, ran, crosswalks, worklists);
            }
        } catch (SQLException e) {
            throw new ReconciliationException("reconciliation of " + legacy.identity() + " against " + target.identity()
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** The verdict, its report files and records, and the run's kept copy, once every check and crosswalk has run. */
    private ReconciliationResult report(long started, Connection targetConnection, ReconciledRun run, LocalDate asOf, String checkSetHash,
            String partial, List<CheckOutcome> ran, List<Crosswalks.Crosswalk> crosswalks, Worklists.Writing worklists)
            throws SQLException {
        List<CheckOutcome> outcomes = Findings.decide(ran, DecisionRecords.inForce(targetConnection));
        boolean fails = outcomes.stream().anyMatch(o -> o.status() == Status.FAIL);
        long id = ReconciliationRecords.nextId(targetConnection);
        ReconciliationResult result = new ReconciliationResult(id, run.id(), asOf, goLive,
                fails || partial != null ? ReconciliationResult.Verdict.NO_GO : ReconciliationResult.Verdict.GO, outcomes, reportDir,
                (System.nanoTime() - started) / 1e9, checkSetHash, new ReconciliationResult.Provenance(legacy.identity(),
                target.identity(), run.mappingHash(), java.time.ZonedDateTime.now(clock)), partial);
        RunTrend trend = RunTrend.of(targetConnection, run.kind(), run.id(), outcomes, result.verdict().name());
        LOG.debug("at trend {} ms", (System.nanoTime() - started) / 1_000_000);
        ReportFiles files = new ReportFiles(result, trend, crosswalks);
        String sha256 = files.writeAll();
        LOG.debug("at report files {} ms", (System.nanoTime() - started) / 1_000_000);
        worklists.finish();
        LOG.debug("at worklists {} ms", (System.nanoTime() - started) / 1_000_000);
        ReconciliationRecords.record(targetConnection, files.htmlSha256(), new RecordedReconciliation(id, run.id(), null, result.verdict().name(), sha256,
                reportDir.resolve(ReportFiles.JSON_FILE).toAbsolutePath().normalize().toString(), asOf, goLive, legacy.identity(),
                target.identity(), checkSetHash, wholeState || !(RUN_KIND_OF_PART.equals(run.kind()) || partial != null)), outcomes,
                crosswalks);
        LOG.debug("at records {} ms", (System.nanoTime() - started) / 1_000_000);
        // the report directory is the working copy sign-off reads; each run's is also kept apart for history and diff
        org.switchover.history.RunHistory.besides(reportDir).keep(reportDir, run.kind(), run.id());
        LOG.debug("reconciliation {} ms", (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
