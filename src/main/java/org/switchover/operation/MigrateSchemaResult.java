package org.switchover.operation;

/**
 * The target {@code database} (host:port/database) has the toolkit's schema at {@code currentVersion} and the project's
 * target schema at {@code targetSchemaVersion}, {@code applied} migrations applied now.
 */
public record MigrateSchemaResult(String database, int applied, String currentVersion, String targetSchemaVersion) {
}
