package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.dryrun.DryRunResult;
import org.switchover.dryrun.FullLoad;
import org.switchover.embedded.EmbeddedDemo;

/**
 * `dry-run`: a full load of kind dry-run into a clean target, then its reconciliation. With no database
 * given (the embedded default) it first starts embedded servers and fills the legacy one with generated data.
 */
public record DryRunOperation(SwitchoverSettings settings) {
    public DryRunResult run() {
        settings.require(Need.BOTH_DATABASES_OR_NEITHER, Need.MAPPINGS, Need.CHECKS);
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

    private static DryRunResult load(SwitchoverSettings settings) {
        return FullLoad.dryRun(settings, settings.reportDir(), Inputs.mappings(settings),
                Inputs.reconciliation(settings, settings.reportDir())).run();
    }
}
