package org.switchover.operation;

/** The target {@code database} (host:port/database) is at schema {@code currentVersion}, {@code applied} migrations applied now. */
public record MigrateSchemaResult(String database, int applied, String currentVersion) {
}
