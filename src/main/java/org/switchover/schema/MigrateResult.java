package org.switchover.schema;

/**
 * What {@link TargetSchema#migrate} did: how many migrations it applied now (0 when both were already current), the
 * version of the toolkit's migration schema and that of the project's target schema afterwards.
 */
public record MigrateResult(int applied, String currentVersion, String targetSchemaVersion) {
}
