package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.mapping.MappingSet;
import org.switchover.reconcile.Reconciliation;
import org.switchover.schema.TargetSchema;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;

/** What several operations build from the settings the same way: the mapping set and the reconciliation. */
final class Inputs {
    private Inputs() {
    }

    /** The settings' mapping set, loaded and validated at their as-of date. */
    static MappingSet mappings(SwitchoverSettings settings) {
        return MappingSet.load(settings.mappings(), settings.project(), new TransformSettings(settings.asOf()));
    }

    /** The current mapping set's hash, with the target's migration schema (runs, sign-offs) brought up to date. */
    static String mappingHashOnMigratedTarget(SwitchoverSettings settings) {
        String hash = mappings(settings).hash();
        TargetSchema.migrate(settings.target(), settings.project());
        return hash;
    }

    /**
     * The reconciliation the settings describe, writing into {@code reportDir}. Every check's queries are filled first:
     * one that cannot be run is refused here, before a run loads anything, not by the reconciliation after the load.
     */
    static Reconciliation reconciliation(SwitchoverSettings settings, Path reportDir) {
        return new Reconciliation(settings.legacy(), settings.target(), settings.checks(), reportDir, settings.goLive(),
                settings.givenAsOf(), settings.runId()).mappings(settings.mappings()).clock(settings.clock()).withQueriesChecked();
    }
}
