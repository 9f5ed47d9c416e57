package org.switchover.run;

/**
 * What a run is, recorded in migration.run beside where it reads and writes: its kind, the hash of the
 * mapping set it runs and the toolkit version. Everything else a run needs comes from the settings.
 */
public record RunFacts(RunKind kind, String mappingHash, String toolkitVersion) {
}
