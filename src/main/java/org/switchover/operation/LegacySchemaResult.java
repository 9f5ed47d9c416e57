package org.switchover.operation;

/** The legacy schema was created in {@code database} (host:port/database). */
public record LegacySchemaResult(String database) {
}
