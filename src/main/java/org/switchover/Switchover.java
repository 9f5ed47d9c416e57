package org.switchover;

import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRun;
import org.switchover.dryrun.DryRunResult;
import org.switchover.config.ConfigurationException;
import org.switchover.mapping.MappingSet;
import org.switchover.reconcile.Reconciliation;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The toolkit's one entry point. Configure it, then run:
 * <pre>{@code
 * DryRunResult result = Switchover.configure()
 *         .legacy(legacySpec).target(targetSpec)
 *         .mappings(Path.of("mappings")).reportDir(Path.of("reports/dry-run"))
 *         .build()
 *         .dryRun();
 * }</pre>
 * A built instance is immutable; {@link Builder#build()} validates and names every problem.
 */
public final class Switchover {
    /** Mapping directory used when none is configured (relative to the working directory). */
    public static final String DEFAULT_MAPPINGS = "mappings";
    /** Report directory used when none is configured (relative to the working directory). */
    public static final String DEFAULT_REPORT_DIR = "reports/dry-run";

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final Path mappings;
    private final Path reportDir;
    private final LocalDate asOf;
    private final boolean quiet;
    private final boolean resume;
    private final int chunkRows;
    private final Path checks;
    private final LocalDate goLive;
    private final Long runId;
    private final boolean asOfGiven;

    private Switchover(Builder builder) {
        this.legacy = builder.legacy;
        this.target = builder.target;
        this.mappings = builder.mappings;
        this.reportDir = builder.reportDir;
        this.asOf = builder.asOf;
        this.quiet = builder.quiet;
        this.resume = builder.resume;
        this.chunkRows = builder.chunkRows;
        this.checks = builder.checks;
        this.goLive = builder.goLive;
        this.runId = builder.runId;
        this.asOfGiven = builder.asOfGiven;
    }

    public static Builder configure() {
        return new Builder();
    }

    /** Migrates every mapping into a clean target and writes the counts report; see {@link DryRun}. */
    public DryRunResult dryRun() {
        MappingSet mappingSet = MappingSet.load(mappings, new TransformSettings(asOf));
        return new DryRun(legacy, target, mappingSet, asOf, reportDir, quiet, reconciliation())
                .resume(resume).chunkRows(chunkRows).run();
    }

    /**
     * Reconciles the latest successful dry run (or the configured run id) and writes reconciliation.json,
     * reconciliation.html and the CSV lists into the report directory; see {@link Reconciliation}.
     */
    public ReconciliationResult reconcile() {
        return reconciliation().run();
    }

    private Reconciliation reconciliation() {
        return new Reconciliation(legacy, target, checks, reportDir, goLive, asOfGiven ? asOf : null, runId);
    }

    public ConnectionSpec legacy() {
        return legacy;
    }

    public ConnectionSpec target() {
        return target;
    }

    /** Collects settings; {@link #build()} checks them all at once. */
    public static final class Builder {
        private ConnectionSpec legacy;
        private ConnectionSpec target;
        private Path mappings = Path.of(DEFAULT_MAPPINGS);
        private Path reportDir = Path.of(DEFAULT_REPORT_DIR);
        private LocalDate asOf = TransformSettings.DEFAULT_AS_OF;
        private boolean quiet;
        private boolean resume;
        private int chunkRows = org.switchover.extract.KeysetChunkReader.DEFAULT_CHUNK_ROWS;
        private Path checks = Reconciliation.DEFAULT_CHECKS;
        private LocalDate goLive;
        private Long runId;
        private boolean asOfGiven;

        private Builder() {
        }

        /** Continue the latest interrupted run on the target instead of starting clean. */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** Legacy rows per chunk, i.e. per target transaction and checkpoint. */
        public Builder chunkRows(int rows) {
            this.chunkRows = rows;
            return this;
        }

        public Builder legacy(ConnectionSpec spec) {
            this.legacy = spec;
            return this;
        }

        public Builder target(ConnectionSpec spec) {
            this.target = spec;
            return this;
        }

        public Builder mappings(Path directory) {
            this.mappings = directory;
            return this;
        }

        public Builder reportDir(Path directory) {
            this.reportDir = directory;
            return this;
        }

        /** The extract date; reconcile() uses the run's own as-of unless this is set. */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            this.asOfGiven = true;
            return this;
        }

        /** Directory of the reconciliation checks (default: reconciliation). */
        public Builder checks(Path directory) {
            this.checks = directory;
            return this;
        }

        /** The go-live date the report counts days to; null leaves it out. */
        public Builder goLive(LocalDate date) {
            this.goLive = date;
            return this;
        }

        /** The run reconcile() checks; null = the latest successful dry run. */
        public Builder runId(Long id) {
            this.runId = id;
            return this;
        }

        /** No progress lines on stderr. */
        public Builder quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        /** Every problem with the settings, in a stable order; empty when they can run. */
        public List<String> validate() {
            List<String> problems = new ArrayList<>();
            if (legacy == null) {
                problems.add("legacy database: not configured (--legacy-url)");
            }
            if (target == null) {
                problems.add("target database: not configured (--target-url)");
            }
            if (mappings == null) {
                problems.add("mappings: no directory configured");
            } else if (!mappings.toFile().isDirectory()) {
                problems.add("mappings: directory " + mappings + " does not exist");
            }
            if (reportDir == null) {
                problems.add("report directory: not configured (--report-dir)");
            }
            if (chunkRows < 1) {
                problems.add("chunk rows: must be at least 1, was " + chunkRows + " (--chunk-rows)");
            }
            if (asOf == null) {
                problems.add("as-of date: not configured (--as-of)");
            }
            if (checks == null) {
                problems.add("reconciliation checks: no directory configured (--checks)");
            } else if (!checks.toFile().isDirectory()) {
                problems.add("reconciliation checks: directory " + checks + " does not exist");
            }
            return problems;
        }

        public Switchover build() {
            List<String> problems = validate();
            if (!problems.isEmpty()) {
                throw new ConfigurationException(String.join("; ", problems));
            }
            return new Switchover(this);
        }
    }
}
