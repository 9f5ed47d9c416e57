package org.switchover;

import org.switchover.config.ConfigFile;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.project.Project;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings of a {@link Switchover}, collected; {@link #build()} merges the configuration file and checks them all at once. A
 * setting left alone takes its default from {@link SwitchoverSettings}.
 */
public final class SwitchoverBuilder {
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
    private long splitRows = SwitchoverSettings.DEFAULT_SPLIT_ROWS;
    private int keyRanges = SwitchoverSettings.DEFAULT_KEY_RANGES;
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

    SwitchoverBuilder() {
    }

    /** The legacy MySQL/MariaDB database; with no target either, the dry run uses the embedded default. */
    public SwitchoverBuilder legacy(ConnectionSpec spec) { this.legacy = spec; return this; }

    /** The target PostgreSQL database. */
    public SwitchoverBuilder target(ConnectionSpec spec) { this.target = spec; return this; }

    /** The migration project folder, where mappings, checks and switchover.yml default to; null: the working directory. */
    public SwitchoverBuilder project(Path directory) { this.project = new Project(directory); return this; }

    /** Mapping files, with their code maps in DIR/codes; default the project's mappings/. */
    public SwitchoverBuilder mappings(Path directory) { this.mappings = directory; return this; }

    /** Where reports go (and where reconcile writes, sign-off reads); default per operation. */
    public SwitchoverBuilder reportDir(Path directory) { this.reportDir = directory; return this; }

    /** The extract date; reconcile uses the run's own as-of unless this is set. */
    public SwitchoverBuilder asOf(LocalDate date) { this.asOf = date; return this; }

    /** No progress lines on stderr. */
    public SwitchoverBuilder quiet(boolean quiet) { this.quiet = quiet; return this; }

    /** Continue the latest interrupted run of the kind on the target instead of starting clean. */
    public SwitchoverBuilder resume(boolean resume) { this.resume = resume; return this; }

    /** Legacy rows per chunk, i.e. per target transaction and checkpoint. */
    public SwitchoverBuilder chunkRows(int rows) { this.chunkRows = rows; return this; }

    /** Mappings that run side by side. */
    public SwitchoverBuilder parallelRoutes(int routes) { this.parallelRoutes = routes; return this; }

    /** Threads that transform and commit chunks. */
    public SwitchoverBuilder chunkWorkers(int workers) { this.chunkWorkers = workers; return this; }

    /** Legacy rows (estimated) above which a table is read as several key ranges side by side. */
    public SwitchoverBuilder splitRows(long rows) { this.splitRows = rows; return this; }

    /** Key ranges such a table is split into; 1 reads every table as one stream. */
    public SwitchoverBuilder keyRanges(int ranges) { this.keyRanges = ranges; return this; }

    /** Directory of the reconciliation checks; wins over the configuration file's. */
    public SwitchoverBuilder checks(Path directory) { this.checks = directory; return this; }

    /** The go-live date the report counts days to and the final load checks; wins over the configuration file's. */
    public SwitchoverBuilder goLive(LocalDate date) { this.goLive = date; return this; }

    /** The run reconcile() checks; null = the latest successful dry run. */
    public SwitchoverBuilder runId(Long id) { this.runId = id; return this; }

    /** Legacy-clock time after which no legacy row may have changed; wins over the configuration file's. */
    public SwitchoverBuilder freezeTime(LocalDateTime time) { this.freezeTime = time; return this; }

    /** Roles whose sign-off the final load needs, added to the configuration file's. */
    public SwitchoverBuilder requiredRoles(List<String> roles) { this.requiredRoles = roles == null ? List.of() : List.copyOf(roles); return this; }

    /** How far today's legacy may be from the signed report before the final load refuses; wins over the configuration file's. */
    public SwitchoverBuilder tolerances(SwitchoverSettings.Tolerances gate) { this.tolerances = gate; return this; }

    /** Scale of the generated legacy data (generate, and the embedded default). */
    public SwitchoverBuilder scale(Double scale) { this.scale = scale; return this; }

    /** Today's clock for the report (days left, the time it was made); the machine's clock unless set (tests fix it). */
    public SwitchoverBuilder clock(java.time.Clock today) { this.clock = today; return this; }

    /** Generator seed. */
    public SwitchoverBuilder seed(long seed) { this.seed = seed; return this; }

    /** Where generate writes the ground truth. */
    public SwitchoverBuilder groundTruthFile(Path file) { this.groundTruthFile = file; return this; }

    /** Generator defect rates that differ from the defaults, by name. */
    public SwitchoverBuilder defectRates(Map<String, Double> rates) { this.defectRates = rates == null ? Map.of() : Map.copyOf(rates); return this; }

    /**
     * Merge a configuration file (goLive, checks, freezeTime, requiredSignOffRoles): {@code file}, or with
     * null ./switchover.yml when it exists. What is set on this builder wins. Without this call no file is read.
     */
    public SwitchoverBuilder configFile(Path file) { this.readConfigFile = true; this.configFile = file; return this; }

    /**
     * How the audit trail names the caller: the command and its options as given (names and values, never a password).
     * Unset, an event names the operation and no options.
     */
    public SwitchoverBuilder invocation(String commandName, String givenOptions) { this.command = commandName; this.options = givenOptions; return this; }

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
                chunkWorkers, splitRows, keyRanges, firstOf(checks, fileChecks, project.checks()),
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
