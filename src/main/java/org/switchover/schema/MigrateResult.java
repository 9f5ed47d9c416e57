package org.switchover.schema;

/**
 * What {@link TargetSchema#migrate} did: how many migrations it applied now (0 when the schema
 * was already current) and the schema version the target is at afterwards.
 */
public record MigrateResult(int applied, String currentVersion) {
}
