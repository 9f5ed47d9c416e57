package org.switchover.config;

import org.switchover.db.ConnectionSpec;
import org.switchover.project.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of the toolkit, its default and its check, in one immutable value: the command line
 * maps its options onto {@code Switchover.configure()}, whose {@code build()} merges the configuration
 * file and creates this; the operations and the engine read it directly. An instance that exists is
 * valid: the constructor names every bad value at once. What a particular operation needs on top
 * (which databases, which directories) it asks for with {@link #require}.
 *
 * <p>A {@code given...} component is null when nothing was set; its plain accessor then gives the default.
 */
public record SwitchoverSettings(ConnectionSpec legacy, ConnectionSpec target, Path mappings, Path givenReportDir,
                                 LocalDate givenAsOf, boolean quiet, boolean resume, int chunkRows, int parallelRoutes,
                                 int chunkWorkers, long splitRows, int keyRanges, Path checks, LocalDate goLive, Long runId, LocalDateTime freezeTime,
                                 List<String> requiredRoles, Double givenScale, long seed, Path givenGroundTruthFile,
                                 Map<String, Double> defectRates, Tolerances tolerances, SignOffRules signOffRules,
                                 int retentionDays, Clock givenClock, Project project) {
    /** Mapping files (*.yml) with their code maps in DIR/codes, relative to the project folder. */
    public static final String DEFAULT_MAPPINGS = Project.MAPPINGS;
    /** Where a dry run (and reconcile, sign-off) finds and writes its reports. */
    public static final String DEFAULT_REPORT_DIR = "reports/dry-run";
    /** Where a final load writes its reports: apart from the dry runs', so the signed report is never overwritten. */
    public static final String DEFAULT_FINAL_LOAD_REPORT_DIR = "reports/final-load";
    /**
     * Where a scratch run ({@code dry-run --only}) writes its working report: this sibling of the report directory, so it
     * never overwrites the dry run's report that owners sign.
     */
    public static final String DEFAULT_SCRATCH_REPORT_DIR = "scratch";
    /** Where a delta writes the reconciliation of the whole target after it. */
    public static final String DEFAULT_DELTA_REPORT_DIR = "reports/delta";
    /**
     * How far a legacy table's row count may be from the report signed for the dry run, in percent of the signed
     * count, before the final load refuses (legacy keeps working until the freeze; a few new rows are expected).
     */
    public static final double DEFAULT_TABLE_COUNT_TOLERANCE_PERCENT = 2.0;
    /** How many fewer open duty cases, open referrals or active CP plans than signed legacy may hold: none. */
    public static final long DEFAULT_HEADLINE_TOLERANCE = 0;
    /** The reconciliation checks (*.yml, their SQL in DIR/sql) when neither option nor file names them, relative to the project. */
    public static final Path DEFAULT_CHECKS = Path.of(Project.CHECKS);
    /** The migration project when --project names none: the working directory, i.e. the repository root's mappings/ etc. */
    public static final Path DEFAULT_PROJECT = Project.DEFAULT.root();
    /** The extract date: "future" and the two-digit-year pivot are measured against it; generated data ends there. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2019, 1, 31);
    /** Go-live date of the embedded default (no URLs): the day after {@link #DEFAULT_AS_OF}. */
    public static final LocalDate EMBEDDED_GO_LIVE = LocalDate.of(2019, 2, 1);
    /** Legacy rows per chunk = per target transaction and checkpoint: large enough that per-chunk overhead is small. */
    public static final int DEFAULT_CHUNK_ROWS = 5000;
    /** Mappings that run side by side, one per core: the work is mostly database-bound. */
    public static final int DEFAULT_PARALLEL_ROUTES = Runtime.getRuntime().availableProcessors();
    /** Threads that transform and commit chunks, shared by all mappings: one per core. */
    public static final int DEFAULT_CHUNK_WORKERS = Runtime.getRuntime().availableProcessors();
    /**
     * Legacy rows (the server's estimate) above which a table is read as {@link #DEFAULT_KEY_RANGES} key ranges side by side, each
     * committing in its own order with its own checkpoint: below it one stream keeps up with the other tables, above it
     * (case notes, about half the rows) one stream would leave a core idle at the end.
     */
    public static final long DEFAULT_SPLIT_ROWS = 100_000;
    /** Key ranges a table above {@link #DEFAULT_SPLIT_ROWS} is split into: one per core, so each range can keep one busy. */
    public static final int DEFAULT_KEY_RANGES = Runtime.getRuntime().availableProcessors();
    /**
     * The most key ranges a table may be split into: each holds a legacy connection for as long as its table is read, and
     * 10,000 of them ran MariaDB out of connections (max_connections is 151 by default) after a part of the run.
     */
    public static final int MAX_KEY_RANGES = 64;
    /** The most legacy rows a chunk may hold: a chunk is held in memory whole, per worker, from read to commit. */
    public static final int MAX_CHUNK_ROWS = 100_000;
    /** Roles whose sign-off the final load needs when neither the file nor the command line names any. */
    public static final List<String> DEFAULT_REQUIRED_ROLES = List.of("Head of Service, Child Protection");
    /**
     * Days a production target may keep raw personal values (rejected rows, lossy conversions) before `status` warns that
     * they should be purged: long enough to answer the questions after go-live, short enough to meet data minimisation.
     */
    public static final int DEFAULT_RETENTION_DAYS = 30;
    /** Whether one person may sign off in two required roles: no, the roles are there to have two people look. */
    public static final boolean DEFAULT_ALLOW_SAME_SIGNER_FOR_ROLES = false;
    /** Scale of `generate`: 1 is about 1,000,000 legacy rows. */
    public static final double DEFAULT_SCALE = 1.0;
    /** Scale of the embedded default's generated data: about 10,000 legacy rows. */
    public static final double DEFAULT_EMBEDDED_SCALE = 0.01;
    /** Generator seed: the same seed and scale give identical rows. */
    public static final long DEFAULT_SEED = 20190131L;
    /** The generator's ground truth: in the working directory for `generate`, in the report directory for the embedded default. */
    public static final String DEFAULT_GROUND_TRUTH_FILE = "ground-truth.json";
    /** User for the legacy server (docker-compose.yml); its password comes from LEGACY_PASSWORD only. */
    public static final String DEFAULT_LEGACY_USER = "root";
    /** User for the target server (docker-compose.yml); its password comes from TARGET_PASSWORD only. */
    public static final String DEFAULT_TARGET_USER = "postgres";
    /** Port of the legacy MySQL server (docker-compose service "legacy"). */
    public static final int LEGACY_PORT = 3306;
    /** Port of the target PostgreSQL server (docker-compose service "target"). */
    public static final int TARGET_PORT = 5432;
    /** Name of the legacy database, as the legacy system calls it (and the embedded default creates it). */
    public static final String LEGACY_DATABASE = "legacy";
    /** Name of the target database that holds the schemas csc and migration. */
    public static final String TARGET_DATABASE = "switchover";

    /** The legacy URL schemes: jdbc:mysql:// as users have always given it, and MariaDB Connector/J's own; one driver takes both. */
    private static final List<String> LEGACY_URL_PREFIXES = List.of("jdbc:mysql://", "jdbc:mariadb://");

    /**
     * How far today's legacy may be from the signed report before the final load refuses: a table's row count by
     * {@code tableCountPercent} percent either way, a headline by {@code headlineFewer} records fewer.
     */
    public record Tolerances(double tableCountPercent, long headlineFewer) {
        /** {@link #DEFAULT_TABLE_COUNT_TOLERANCE_PERCENT} and {@link #DEFAULT_HEADLINE_TOLERANCE}. */
        public static final Tolerances DEFAULT = new Tolerances(DEFAULT_TABLE_COUNT_TOLERANCE_PERCENT, DEFAULT_HEADLINE_TOLERANCE);
    }

    /**
     * Who may sign: the roles a sign-off may name ({@code signOffRoles} of the file, plus the required roles), whether one
     * owner may sign in two required roles, and the reconciliation check set that a signed report must have been made with
     * ({@code configuredChecks}: the file's, else the default; never the one a --checks option gave).
     */
    public record SignOffRules(List<String> signOffRoles, boolean allowSameSignerForRoles, Path configuredChecks) {
        public SignOffRules {
            signOffRoles = List.copyOf(signOffRoles);
        }
    }

    /** What an operation needs beyond valid values; {@link #require} names each one that is missing. */
    public enum Need { LEGACY_DATABASE, TARGET_DATABASE, BOTH_DATABASES_OR_NEITHER, MAPPINGS, CHECKS }

    /** Settings that cannot work; {@link #problems()} lists each one, in a stable order. */
    public static final class Invalid extends ConfigurationException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Checks every value; throws {@link Invalid} naming all that are wrong. */
    public SwitchoverSettings {
        requiredRoles = List.copyOf(requiredRoles);
        project = project == null ? Project.DEFAULT : project;
        defectRates = Map.copyOf(defectRates);
        List<String> problems = new ArrayList<>();
        if (legacy != null && LEGACY_URL_PREFIXES.stream().noneMatch(legacy.url()::startsWith)) {
            problems.add("--legacy-url must be a jdbc:mysql:// or jdbc:mariadb:// URL, got: " + legacy.redactedUrl());
        }
        if (target != null && !target.url().startsWith("jdbc:postgresql://")) {
            problems.add("--target-url must be a jdbc:postgresql:// URL, got: " + target.redactedUrl());
        }
        if (mappings == null) {
            problems.add("mappings: no directory configured");
        }
        atLeastOne(problems, "chunk rows", chunkRows, " (--chunk-rows)");
        atMost(problems, "chunk rows", chunkRows, MAX_CHUNK_ROWS, " (--chunk-rows)");
        atLeastOne(problems, "parallel routes", parallelRoutes, "");
        atLeastOne(problems, "chunk workers", chunkWorkers, "");
        if (splitRows < 0) {
            problems.add("split rows: must be 0 or more, was " + splitRows + " (--split-rows)");
        }
        atLeastOne(problems, "key ranges", keyRanges, " (--key-ranges)");
        atMost(problems, "key ranges", keyRanges, MAX_KEY_RANGES, " (--key-ranges)");
        if (checks == null) {
            problems.add("reconciliation checks: no directory configured (--checks)");
        }
        if (tolerances == null) {
            tolerances = Tolerances.DEFAULT;
        }
        if (signOffRules == null) {
            signOffRules = new SignOffRules(List.of(), DEFAULT_ALLOW_SAME_SIGNER_FOR_ROLES, checks);
        }
        atLeastOne(problems, "retentionDays", retentionDays, "");
        if (!(tolerances.tableCountPercent() >= 0)) {
            problems.add("tableCountTolerancePercent: must be 0 or more, was " + tolerances.tableCountPercent());
        }
        if (tolerances.headlineFewer() < 0) {
            problems.add("headlineTolerance: must be 0 or more, was " + tolerances.headlineFewer());
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    private static void atLeastOne(List<String> problems, String setting, int value, String option) {
        if (value < 1) {
            problems.add(setting + ": must be at least 1, was " + value + option);
        }
    }

    private static void atMost(List<String> problems, String setting, int value, int most, String option) {
        if (value > most) {
            problems.add(setting + ": must be at most " + most + ", was " + value + option);
        }
    }

    /** Throws a {@link ConfigurationException} naming every need that these settings do not meet. */
    public void require(Need... needs) {
        Set<Need> wanted = needs.length == 0 ? EnumSet.noneOf(Need.class) : EnumSet.of(needs[0], needs);
        List<String> problems = new ArrayList<>();
        if (wanted.contains(Need.BOTH_DATABASES_OR_NEITHER) && (legacy == null) != (target == null)) {
            problems.add("give both --legacy-url and --target-url, or neither for the embedded default");
        }
        if (wanted.contains(Need.LEGACY_DATABASE) && legacy == null) {
            problems.add("legacy database: not configured (--legacy-url)");
        }
        if (wanted.contains(Need.TARGET_DATABASE) && target == null) {
            problems.add("target database: not configured (--target-url)");
        }
        if (wanted.contains(Need.MAPPINGS) && !Files.isDirectory(mappings)) {
            problems.add("mappings: directory " + mappings + " does not exist");
        }
        if (wanted.contains(Need.CHECKS) && !Files.isDirectory(checks)) {
            problems.add("reconciliation checks: directory " + checks + " does not exist");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("; ", problems));
        }
    }

    /** The embedded default: no database given, so the dry run starts its own servers. */
    public boolean embedded() {
        return legacy == null && target == null;
    }

    /** The same settings on other databases (the embedded servers, once started). */
    public SwitchoverSettings withDatabases(ConnectionSpec legacyDatabase, ConnectionSpec targetDatabase) {
        return new SwitchoverSettings(legacyDatabase, targetDatabase, mappings, givenReportDir, givenAsOf, quiet, resume,
                chunkRows, parallelRoutes, chunkWorkers, splitRows, keyRanges, checks, goLive, runId, freezeTime, requiredRoles, givenScale, seed,
                givenGroundTruthFile, defectRates, tolerances, signOffRules, retentionDays, givenClock, project);
    }

    /** The roles a sign-off may name: the configured sign-off roles, then the required ones they do not name (in any case). */
    public List<String> permittedSignOffRoles() {
        List<String> roles = new ArrayList<>(signOffRules.signOffRoles());
        requiredRoles.stream().filter(role -> roles.stream().noneMatch(role::equalsIgnoreCase)).forEach(roles::add);
        return List.copyOf(roles);
    }

    /** The extract date, {@link #DEFAULT_AS_OF} unless given. */
    public LocalDate asOf() {
        return givenAsOf != null ? givenAsOf : DEFAULT_AS_OF;
    }

    /** The report directory of a dry run, reconcile and sign-off, {@link #DEFAULT_REPORT_DIR} unless given. */
    public Path reportDir() {
        return givenReportDir != null ? givenReportDir : Path.of(DEFAULT_REPORT_DIR);
    }

    /** The report directory of a final load, {@link #DEFAULT_FINAL_LOAD_REPORT_DIR} unless given. */
    public Path finalLoadReportDir() {
        return givenReportDir != null ? givenReportDir : Path.of(DEFAULT_FINAL_LOAD_REPORT_DIR);
    }

    /** The report directory of a delta (the whole target's reconciliation), {@link #DEFAULT_DELTA_REPORT_DIR} unless given. */
    public Path deltaReportDir() {
        return givenReportDir != null ? givenReportDir : Path.of(DEFAULT_DELTA_REPORT_DIR);
    }

    /** Scale of `generate`, {@link #DEFAULT_SCALE} unless given. */
    public double scale() {
        return givenScale != null ? givenScale : DEFAULT_SCALE;
    }

    /** Scale of the embedded default's data, {@link #DEFAULT_EMBEDDED_SCALE} unless given. */
    public double embeddedScale() {
        return givenScale != null ? givenScale : DEFAULT_EMBEDDED_SCALE;
    }

    /**
     * Today, for "days left to go-live" and the time a report was made: {@code givenClock} (a test's fixed clock), else
     * the machine's clock in its own time zone. Never the extract date: the figures describe as-of, the countdown is today's.
     */
    public Clock clock() {
        return givenClock != null ? givenClock : Clock.systemDefaultZone();
    }

    /** Where `generate` writes the ground truth, {@link #DEFAULT_GROUND_TRUTH_FILE} unless given. */
    public Path groundTruthFile() {
        return givenGroundTruthFile != null ? givenGroundTruthFile : Path.of(DEFAULT_GROUND_TRUTH_FILE);
    }
}
