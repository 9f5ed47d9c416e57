package org.switchover.run;

import org.switchover.db.ConnectionSpec;

import java.time.LocalDate;

/**
 * What a run records about itself when it starts. The identities are host:port/database only,
 * taken from {@link ConnectionSpec#identity()}, so no credential is ever written.
 */
public record RunDescription(RunKind kind, String legacyIdentity, String targetIdentity, String mappingHash,
                             String toolkitVersion, LocalDate asOf) {
    public static RunDescription of(RunKind kind, ConnectionSpec legacy, ConnectionSpec target, String mappingHash,
                                    String toolkitVersion, LocalDate asOf) {
        return new RunDescription(kind, legacy.identity(), target.identity(), mappingHash, toolkitVersion, asOf);
    }
}
