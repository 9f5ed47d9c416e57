package org.switchover;

import org.switchover.config.ConfigFile;
import org.switchover.config.ServeSettings;
import org.switchover.config.SwitchoverSettings;
import org.switchover.operation.AuditOutcomes;
import org.switchover.operation.ServeOperation;
import org.switchover.operation.UserAddOperation;
import org.switchover.serve.ServeHandle;
import org.switchover.users.Users;
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
 * {@link SwitchoverBuilder#build()} merges the configuration file (when asked to) and checks every value; each
 * operation then checks what it needs (which databases, which directories), naming every problem.
 * A built instance is immutable; its settings are a {@link SwitchoverSettings}, defaults included.
 */
public final class Switchover {
    private final SwitchoverSettings settings;
    private final String command;
    private final String options;

    Switchover(SwitchoverSettings settings, String command, String options) {
        this.settings = settings;
        this.command = command;
        this.options = options;
    }

    /** Runs an operation that connects to the target, recording one audit event for it (operation.Audited). */
    private <T> T audited(String operation, java.util.function.Supplier<T> run) {
        return Audited.run(settings, invocation(operation), run);
    }

    /** As {@link #audited(String, java.util.function.Supplier)}, recording the refusal, failure or verdict the result holds. */
    private <T> T audited(String operation, java.util.function.Supplier<T> run, java.util.function.Function<T, Audited.Outcome> outcome) {
        return Audited.run(settings, invocation(operation), run, outcome);
    }

    private Invocation invocation(String operation) {
        return new Invocation(command == null ? operation : command, options == null ? Invocation.NO_OPTIONS : options,
                settings.legacy() == null ? null : settings.legacy().user());
    }

    public static SwitchoverBuilder configure() {
        return new SwitchoverBuilder();
    }

    /** Migrates every mapping into a clean target (or the embedded default), writes the counts report and reconciles. */
    public DryRunResult dryRun() {
        return audited("dry-run", () -> new DryRunOperation(settings).run(), AuditOutcomes::dryRun);
    }

    /**
     * A scratch run: empties csc, loads only the named mappings and those they reference, and reconciles into a partial
     * report that is never GO and never signable (migration.run kind scratch).
     */
    public DryRunResult dryRunOnly(java.util.List<String> mappings) {
        return audited("dry-run", () -> new DryRunOperation(settings, mappings).run(), AuditOutcomes::dryRun);
    }

    /** The cutover: refuses unless every condition holds, then loads, reconciles and on GO marks the target production. */
    public FinalLoadResult finalLoad() {
        return audited("final-load", () -> new FinalLoadOperation(settings).run(), AuditOutcomes::finalLoad);
    }

    /** Records the fingerprint of every legacy table the mappings read: run it when legacy is made read-only. */
    public FreezeResult freeze() {
        return audited("freeze", () -> new FreezeOperation(settings).run());
    }

    /** Re-migrates only what changed in legacy since run {@code sinceRunId} started, in one transaction. */
    public DeltaResult delta(long sinceRunId) {
        return audited("delta", () -> new DeltaOperation(settings, sinceRunId).run(), AuditOutcomes::delta);
    }

    /** The DfE CIN census return of census year {@code year} (its end) for local authority {@code la}, written to {@code out}. */
    public CensusResult census(int year, String la, Path out) {
        return audited("census", () -> new CensusOperation(settings, new CensusRequest(year, la, out)).run());
    }

    /** Reconciles the configured run (else the latest successful dry run) and writes the report files. */
    public ReconciliationResult reconcile() {
        return audited("reconcile", () -> new ReconcileOperation(settings).run(), AuditOutcomes::reconcile);
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

    /**
     * Starts `serve` with its defaults (127.0.0.1:{@value ServeSettings#DEFAULT_PORT}, the report directory given to the
     * builder when one was, else the directories the target's reconciliations recorded); the handle stops it.
     */
    public ServeHandle serve() {
        return serve(ServeSettings.defaults().withReportDir(settings.givenReportDir()));
    }

    /** Starts `serve` as {@code serve} says; the TLS keystore's password comes from {@value ServeSettings#KEYSTORE_PASSWORD_ENV}. */
    public ServeHandle serve(ServeSettings serve) {
        return audited("serve", () -> new ServeOperation(settings, serve, invocation("serve"), System.getenv()).run());
    }

    /**
     * Adds an owner who may sign in to `serve`, in a role the who-may-sign rules allow; only a bcrypt hash of
     * {@code password} is stored, and the array is cleared.
     */
    public Users.User addUser(String name, String role, char[] password) {
        return audited("user", () -> new UserAddOperation(settings, name, role, password).run());
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
}
