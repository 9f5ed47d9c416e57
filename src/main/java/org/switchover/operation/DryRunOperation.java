package org.switchover.operation;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.dryrun.DryRunResult;
import org.switchover.dryrun.FullLoad;
import org.switchover.embedded.EmbeddedDemo;
import org.switchover.mapping.MappingSet;

import java.nio.file.Path;
import java.util.List;

/**
 * `dry-run`: a full load of kind dry-run into a clean target, then its reconciliation. With no database
 * given (the embedded default) it first starts embedded servers and fills the legacy one with generated data. With
 * {@code only} mapping names it is a scratch run: those mappings and what they reference, never signable.
 */
public record DryRunOperation(SwitchoverSettings settings, List<String> only) {
    public DryRunOperation(SwitchoverSettings settings) {
        this(settings, List.of());
    }

    public DryRunOperation {
        only = List.copyOf(only);
    }

    public DryRunResult run() {
        settings.require(Need.BOTH_DATABASES_OR_NEITHER, Need.MAPPINGS, Need.CHECKS);
        if (!only.isEmpty() && settings.resume()) {
            // the interrupted scratch run may have had other mappings; a scratch run is small enough to make again
            throw new ConfigurationException("--resume cannot be combined with --only: make the scratch run again");
        }
        if (!settings.embedded()) {
            return load(settings);
        }
        // progress notes, like the engine's: the operator waits for the servers and the data
        System.err.println("no URLs given: starting embedded MariaDB and PostgreSQL, filling legacy from the project's fixtures "
                + "or else with generated data at scale " + settings.embeddedScale());
        try (EmbeddedDemo demo = EmbeddedDemo.start(settings.project(), settings.embeddedScale(), settings.seed(),
                settings.reportDir().resolve(SwitchoverSettings.DEFAULT_GROUND_TRUTH_FILE))) {
            if (demo.generation() == null) {
                System.err.println("loaded the fixtures of " + settings.project().fixtures());
            } else {
                System.err.println("generated " + demo.generation().totalRows() + " legacy rows in "
                        + String.format("%.1f", demo.generation().seconds()) + " s");
            }
            return load(settings.withDatabases(demo.legacy(), demo.target()));
        }
    }

    private DryRunResult load(SwitchoverSettings settings) {
        if (!only.isEmpty()) {
            MappingSet part = Inputs.mappings(settings).only(only);
            Path reportDir = settings.reportDir().toAbsolutePath().normalize().resolveSibling(SwitchoverSettings.DEFAULT_SCRATCH_REPORT_DIR);
            return FullLoad.scratch(settings, reportDir, part, Inputs.reconciliation(settings, reportDir)).run();
        }
        return FullLoad.dryRun(settings, settings.reportDir(), Inputs.mappings(settings),
                Inputs.reconciliation(settings, settings.reportDir())).run();
    }
}
