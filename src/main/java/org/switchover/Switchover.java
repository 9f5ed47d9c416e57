package org.switchover;

import org.switchover.config.ConfigFile;
import org.switchover.config.SwitchoverSettings;
import org.switchover.cutover.DeltaResult;
import org.switchover.cutover.FinalLoadResult;
import org.switchover.cutover.FreezeResult;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.exceptions.ExceptionRegister;
import org.switchover.generate.GenerationResult;
import org.switchover.census.CensusRequest;
import org.switchover.census.CensusResult;
import org.switchover.operation.CensusOperation;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;
import org.switchover.operation.Audited;
import org.switchover.operation.DeltaOperation;
import org.switchover.operation.GrantsOperation;
import org.switchover.operation.PurgeOperation;
import org.switchover.privileges.Grants;
import org.switchover.purge.Purge;
import org.switchover.operation.EventsOperation;
import org.switchover.operation.LedgerExportOperation;
import org.switchover.operation.DryRunOperation;
import org.switchover.operation.ExceptionOperation;
import org.switchover.operation.ExceptionsOperation;
import org.switchover.operation.FinalLoadOperation;
import org.switchover.operation.FreezeOperation;
import org.switchover.operation.GenerateOperation;
import org.switchover.operation.InitOperation;
import org.switchover.operation.LegacySchemaOperation;
import org.switchover.operation.LegacySchemaResult;
import org.switchover.operation.MigrateSchemaOperation;
import org.switchover.operation.MigrateSchemaResult;
import org.switchover.operation.PlanOperation;
import org.switchover.operation.PlanResult;
import org.switchover.operation.ReconcileOperation;
import org.switchover.operation.SignOffOperation;
import org.switchover.operation.StatusOperation;
import org.switchover.operation.StatusResult;
import org.switchover.operation.ValidateOperation;
import org.switchover.operation.ValidationResult;
import org.switchover.project.Project;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.signoff.SignOff;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The toolkit's one entry point, for the command line and for Java callers alike. Configure it, then run
 * any operation:
 * <pre>{@code
 * DryRunResult result = Switchover.configure()
 *         .legacy(legacySpec).target(targetSpec)
 *         .mappings(Path.of("mappings")).reportDir(Path.of("reports/dry-run"))
 *         .build()
 *         .dryRun();
 * }</pre>
 * {@link Builder#build()} merges the configuration file (when asked to) and checks every value; each
 * operation then checks what it needs (which databases, which directories), naming every problem.
 * A built instance is immutable; its settings are a {@link SwitchoverSettings}, defaults included.
 */
public final class Switchover {
    private final SwitchoverSettings settings;
    private final String command;
    private final String options;

    private Switchover(SwitchoverSettings settings, String command, String options) {
        this.settings = settings;
        this.command = command;
        this.options = options;
    }

    /** Runs an operation that connects to the target, recording one audit event for it (operation.Audited). */
    private <T> T audited(String operation, java.util.function.Supplier<T> run) {
        Invocation invocation = new Invocation(command == null ? operation : command, options == null ? Invocation.NO_OPTIONS : options,
                settings.legacy() == null ? null : settings.legacy().user());
        return Audited.run(settings, invocation, run);
    }

    public static Builder configure() {
        return new Builder();
    }

    /** Migrates every mapping into a clean target (or the embedded default), writes the counts report and reconciles. */
    public DryRunResult dryRun() {
        return audited("dry-run", () -> new DryRunOperation(settings).run());
    }

    /**
     * A scratch run: empties csc, loads only the named mappings and those they reference, and reconciles into a partial
     * report that is never GO and never signable (migration.run kind scratch).
     */
    public DryRunResult dryRunOnly(java.util.List<String> mappings) {
        return audited("dry-run", () -> new DryRunOperation(settings, mappings).run());
    }

    /** The cutover: refuses unless every condition holds, then loads, reconciles and on GO marks the target production. */
    public FinalLoadResult finalLoad() {
        return audited("final-load", () -> new FinalLoadOperation(settings).run());
    }

    /** Records the fingerprint of every legacy table the mappings read: run it when legacy is made read-only. */
    public FreezeResult freeze() {
        return audited("freeze", () -> new FreezeOperation(settings).run());
    }

    /** Re-migrates only what changed in legacy since run {@code sinceRunId} started, in one transaction. */
    public DeltaResult delta(long sinceRunId) {
        return audited("delta", () -> new DeltaOperation(settings, sinceRunId).run());
    }

    /** The DfE CIN census return of census year {@code year} (its end) for local authority {@code la}, written to {@code out}. */
    public CensusResult census(int year, String la, Path out) {
        return audited("census", () -> new CensusOperation(settings, new CensusRequest(year, la, out)).run());
    }

    /** Reconciles the configured run (else the latest successful dry run) and writes the report files. */
    public ReconciliationResult reconcile() {
        return audited("reconcile", () -> new ReconcileOperation(settings).run());
    }

    /**
     * Records a data owner's decision ({@code rekey}, {@code accept} or {@code fix-in-legacy}) about the failing record
     * {@code key} of check {@code checkId} in the latest reconciliation of the latest dry run; {@code role} must own the check.
     */
    public OwnerDecision exception(String checkId, String key, String decision, String owner, String role, String reason) {
        return audited("exception", () -> new ExceptionOperation(settings,
                new ExceptionRegister.Request(checkId, key, decision, owner, role, reason)).run());
    }

    /** Every decision of the exceptions register, oldest first, and which are in force. */
    public ExceptionRegister.Listing exceptions() {
        return audited("exception", () -> new ExceptionsOperation(settings).run());
    }

    /** Records {@code owner}'s sign-off, in {@code role}, of the report directory's reconciliation.json. */
    public SignOff signOff(String owner, String role) {
        return audited("sign-off", () -> new SignOffOperation(settings, owner, role).run());
    }

    /** What changed from run {@code fromRun} to run {@code toRun} of the target; writes diff.json beside the runs' reports. */
    public org.switchover.operation.DiffOperation.DiffResult diff(long fromRun, long toRun) {
        return audited("diff", () -> new org.switchover.operation.DiffOperation(settings, fromRun, toRun).run());
    }

    /** The ledger's check, whether the target is production, and every run with its verdict and sign-offs. */
    public StatusResult status() {
        return status(null);
    }

    /** {@link #status()}, with the database's ledger compared with an exported copy ({@code ledgerCopy}; null = none). */
    public StatusResult status(Path ledgerCopy) {
        return audited("status", () -> new StatusOperation(settings, ledgerCopy).run());
    }

    /** The audit trail: every event recorded in the target, oldest first. */
    public List<EventLog.Event> events() {
        return audited("status", () -> new EventsOperation(settings).run());
    }

    /**
     * Replaces the raw values kept in the reject and lossy stores with a redaction marker: of the runs before
     * {@code beforeRun}, or with {@code afterCutover} of every run up to the final load that made the target production.
     */
    public Purge.Result purge(Long beforeRun, boolean afterCutover) {
        return audited("purge", () -> new PurgeOperation(settings, beforeRun, afterCutover).run());
    }

    /** Writes the target's ledger to {@code file} (owner-only); returns the number of entries. */
    public int exportLedger(Path file) {
        return audited("ledger", () -> new LedgerExportOperation(settings, file).run());
    }

    /** The SQL that creates the legacy reader, the target owner and the report reader named in {@code names}. */
    public Grants grants(Grants.Names names) {
        return new GrantsOperation(names).run();
    }

    /** The cutover runbook. */
    public PlanResult plan() {
        return plan(null);
    }

    /** The runbook with its timetable from {@code start} (plan --start; null: none). */
    public PlanResult plan(java.time.LocalDateTime start) {
        return audited("plan", () -> new PlanOperation(settings, start).run());
    }

    /** Checks the project (mappings, code maps, checks, target schema; live schemas when URLs are given) and runs the fixtures. */
    public ValidationResult validate() {
        return new ValidateOperation(settings).run();
    }

    /** Copies this project's parts into {@code directory}, a new folder: the start of another migration project. */
    public List<Path> init(Path directory) {
        return new InitOperation(settings, directory).run();
    }

    /** Fills the empty legacy schema with synthetic data and writes its ground truth. */
    public GenerationResult generate() {
        return new GenerateOperation(settings).run();
    }

    /** Creates the legacy schema in an empty legacy database. */
    public LegacySchemaResult legacySchema() {
        return new LegacySchemaOperation(settings).run();
    }

    /** Applies the Flyway migrations to the target. */
    public MigrateSchemaResult migrateSchema() {
        return audited("migrate-schema", () -> new MigrateSchemaOperation(settings).run());
    }

    public SwitchoverSettings settings() {
        return settings;
    }

    public ConnectionSpec legacy() {
        return settings.legacy();
    }

    public ConnectionSpec target() {
        return settings.target();
    }

    /**
     * Collects settings; {@link #build()} merges the configuration file and checks them all at once. A
     * setting left alone takes its default from {@link SwitchoverSettings}.
     */
    public static final class Builder {
        private ConnectionSpec legacy;
        private ConnectionSpec target;
        private Path mappings;
        private Project project = Project.DEFAULT;
        private Path reportDir;
        private LocalDate asOf;
        private boolean quiet;
        private boolean resume;
        private int chunkRows = SwitchoverSettings.DEFAULT_CHUNK_ROWS;
        private int parallelRoutes = SwitchoverSettings.DEFAULT_PARALLEL_ROUTES;
        private int chunkWorkers = SwitchoverSettings.DEFAULT_CHUNK_WORKERS;
        private Path checks;
        private LocalDate goLive;
        private Long runId;
        private LocalDateTime freezeTime;
        private List<String> requiredRoles = List.of();
        private Double scale;
        private long seed = SwitchoverSettings.DEFAULT_SEED;
        private Path groundTruthFile;
        private Map<String, Double> defectRates = Map.of();
        private SwitchoverSettings.Tolerances tolerances;
        private java.time.Clock clock;
        private boolean readConfigFile;
        private String command;
        private String options;
        private Path configFile;

        private Builder() {
        }

        /** The legacy MySQL/MariaDB database; with no target either, the dry run uses the embedded default. */
        public Builder legacy(ConnectionSpec spec) { this.legacy = spec; return this; }

        /** The target PostgreSQL database. */
        public Builder target(ConnectionSpec spec) { this.target = spec; return this; }

        /** The migration project folder, where mappings, checks and switchover.yml default to; null: the working directory. */
        public Builder project(Path directory) { this.project = new Project(directory); return this; }

        /** Mapping files, with their code maps in DIR/codes; default the project's mappings/. */
        public Builder mappings(Path directory) { this.mappings = directory; return this; }

        /** Where reports go (and where reconcile writes, sign-off reads); default per operation. */
        public Builder reportDir(Path directory) { this.reportDir = directory; return this; }

        /** The extract date; reconcile uses the run's own as-of unless this is set. */
        public Builder asOf(LocalDate date) { this.asOf = date; return this; }

        /** No progress lines on stderr. */
        public Builder quiet(boolean quiet) { this.quiet = quiet; return this; }

        /** Continue the latest interrupted run of the kind on the target instead of starting clean. */
        public Builder resume(boolean resume) { this.resume = resume; return this; }

        /** Legacy rows per chunk, i.e. per target transaction and checkpoint. */
        public Builder chunkRows(int rows) { this.chunkRows = rows; return this; }

        /** Mappings that run side by side. */
        public Builder parallelRoutes(int routes) { this.parallelRoutes = routes; return this; }

        /** Threads that transform and commit chunks. */
        public Builder chunkWorkers(int workers) { this.chunkWorkers = workers; return this; }

        /** Directory of the reconciliation checks; wins over the configuration file's. */
        public Builder checks(Path directory) { this.checks = directory; return this; }

        /** The go-live date the report counts days to and the final load checks; wins over the configuration file's. */
        public Builder goLive(LocalDate date) { this.goLive = date; return this; }

        /** The run reconcile() checks; null = the latest successful dry run. */
        public Builder runId(Long id) { this.runId = id; return this; }

        /** Legacy-clock time after which no legacy row may have changed; wins over the configuration file's. */
        public Builder freezeTime(LocalDateTime time) { this.freezeTime = time; return this; }

        /** Roles whose sign-off the final load needs, added to the configuration file's. */
        public Builder requiredRoles(List<String> roles) { this.requiredRoles = roles == null ? List.of() : List.copyOf(roles); return this; }

        /** How far today's legacy may be from the signed report before the final load refuses; wins over the configuration file's. */
        public Builder tolerances(SwitchoverSettings.Tolerances gate) { this.tolerances = gate; return this; }

        /** Scale of the generated legacy data (generate, and the embedded default). */
        public Builder scale(Double scale) { this.scale = scale; return this; }

        /** Today's clock for the report (days left, the time it was made); the machine's clock unless set (tests fix it). */
        public Builder clock(java.time.Clock today) { this.clock = today; return this; }

        /** Generator seed. */
        public Builder seed(long seed) { this.seed = seed; return this; }

        /** Where generate writes the ground truth. */
        public Builder groundTruthFile(Path file) { this.groundTruthFile = file; return this; }

        /** Generator defect rates that differ from the defaults, by name. */
        public Builder defectRates(Map<String, Double> rates) { this.defectRates = rates == null ? Map.of() : Map.copyOf(rates); return this; }

        /**
         * Merge a configuration file (goLive, checks, freezeTime, requiredSignOffRoles): {@code file}, or with
         * null ./switchover.yml when it exists. What is set on this builder wins. Without this call no file is read.
         */
        public Builder configFile(Path file) { this.readConfigFile = true; this.configFile = file; return this; }

        /**
         * How the audit trail names the caller: the command and its options as given (names and values, never a password).
         * Unset, an event names the operation and no options.
         */
        public Builder invocation(String commandName, String givenOptions) { this.command = commandName; this.options = givenOptions; return this; }

        /** Every problem with the values, in a stable order; empty when they can be built. */
        public List<String> validate() {
            try {
                settings();
                return List.of();
            } catch (SwitchoverSettings.Invalid e) {
                return e.problems();
            }
        }

        public Switchover build() {
            return new Switchover(settings(), command, options);
        }

        /** The one place the configuration file meets the options: the option, else the file, else the default. */
        private SwitchoverSettings settings() {
            ConfigFile file = readConfigFile ? ConfigFile.resolve(configFile, project.configFile()) : null;
            Path fileChecks = file == null || file.checks() == null ? null : project.root().resolve(file.checks());
            LocalDate embeddedGoLive = legacy == null && target == null ? SwitchoverSettings.EMBEDDED_GO_LIVE : null;
            return new SwitchoverSettings(legacy, target, firstOf(mappings, project.mappings()), reportDir, asOf, quiet, resume, chunkRows, parallelRoutes,
                    chunkWorkers, firstOf(checks, fileChecks, project.checks()),
                    firstOf(goLive, file == null ? null : file.goLive(), embeddedGoLive), runId,
                    firstOf(freezeTime, file == null ? null : file.freezeTime()), roles(file), scale, seed, groundTruthFile,
                    defectRates, firstOf(tolerances, file == null ? null : file.tolerances(), SwitchoverSettings.Tolerances.DEFAULT),
                    new SwitchoverSettings.SignOffRules(file == null ? List.of() : file.signOffRoles(),
                            firstOf(file == null ? null : file.allowSameSignerForRoles(), SwitchoverSettings.DEFAULT_ALLOW_SAME_SIGNER_FOR_ROLES),
                            firstOf(fileChecks, project.checks())),
                    firstOf(file == null ? null : file.retentionDays(), SwitchoverSettings.DEFAULT_RETENTION_DAYS), clock, project);
        }

        /** The file's roles, then the builder's that the file does not name (in any case); the default when neither names one. */
        private List<String> roles(ConfigFile file) {
            List<String> roles = new ArrayList<>(file == null ? List.of() : file.requiredSignOffRoles());
            requiredRoles.stream().filter(role -> roles.stream().noneMatch(role::equalsIgnoreCase)).forEach(roles::add);
            return roles.isEmpty() ? SwitchoverSettings.DEFAULT_REQUIRED_ROLES : roles;
        }

        @SafeVarargs
        private static <T> T firstOf(T... values) {
            for (T value : values) {
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }
}
