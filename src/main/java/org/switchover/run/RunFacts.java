package org.switchover.run;

import org.switchover.fingerprint.Fingerprint;

/**
 * What a run is, recorded in migration.run beside where it reads and writes: its kind, the hash of the
 * mapping set it runs and the toolkit version, and the fingerprint of the legacy tables it is about to read
 * (recorded with the run as its 'run-start' fingerprint; null records none). Everything else a run needs comes
 * from the settings.
 */
public record RunFacts(RunKind kind, String mappingHash, String toolkitVersion, Fingerprint legacyAtStart) {
    public RunFacts(RunKind kind, String mappingHash, String toolkitVersion) {
        this(kind, mappingHash, toolkitVersion, null);
    }
}
