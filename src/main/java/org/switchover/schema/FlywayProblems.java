package org.switchover.schema;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseUnavailableException;

import java.sql.SQLException;
import java.util.stream.Collectors;

/** Turns Flyway's multi-line reports into one line an operator can act on. */
final class FlywayProblems {
    /** SQLSTATE class 08: connection exceptions. */
    private static final String CONNECTION_STATE_CLASS = "08";

    private FlywayProblems() {
    }

    /** "migration V1 (csc schema) was changed after it was applied (checksum mismatch); ..." */
    static String describe(ValidateResult result) {
        if (result.invalidMigrations == null || result.invalidMigrations.isEmpty()) {
            String message = result.errorDetails == null ? "unknown reason" : firstLine(result.errorDetails.errorMessage);
            boolean neverMigrated = result.errorDetails != null && result.errorDetails.errorCode == CoreErrorCode.SCHEMA_DOES_NOT_EXIST;
            return neverMigrated ? message + " (run the schema migration first)" : message;
        }
        return result.invalidMigrations.stream().map(FlywayProblems::describe).collect(Collectors.joining("; "));
    }

    /** A connection problem becomes DatabaseUnavailableException; anything else a one-line TargetSchemaException. */
    static RuntimeException translate(ConnectionSpec target, FlywayException e) {
        if (e.getErrorCode() == CoreErrorCode.DB_CONNECTION || isConnectionFailure(e)) {
            return new DatabaseUnavailableException(target, e);
        }
        if (e.getErrorCode() == CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
            return new TargetSchemaException(target, "schema validation failed: schema csc or migration already "
                    + "holds tables but has no migration history, so it was not created by this toolkit", e);
        }
        return new TargetSchemaException(target, "schema migration failed: " + firstLine(e.getMessage()), e);
    }

    private static String describe(ValidateOutput invalid) {
        String migration = invalid.version == null || invalid.version.isEmpty()
                ? "repeatable migration (" + invalid.description + ")"
                : "migration V" + invalid.version + " (" + invalid.description + ")";
        ErrorCode code = invalid.errorDetails == null ? null : invalid.errorDetails.errorCode;
        if (code == CoreErrorCode.CHECKSUM_MISMATCH) {
            return migration + " was changed after it was applied (checksum mismatch)";
        }
        if (code == CoreErrorCode.APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED
                || code == CoreErrorCode.APPLIED_REPEATABLE_MIGRATION_NOT_RESOLVED) {
            return migration + " is applied in the database but missing from this toolkit";
        }
        if (code == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED
                || code == CoreErrorCode.RESOLVED_REPEATABLE_MIGRATION_NOT_APPLIED) {
            return migration + " is not applied yet (run the schema migration first)";
        }
        if (code == CoreErrorCode.OUTDATED_REPEATABLE_MIGRATION) {
            return migration + " was changed and must be re-applied (run the schema migration first)";
        }
        if (code == CoreErrorCode.FAILED_VERSIONED_MIGRATION || code == CoreErrorCode.FAILED_REPEATABLE_MIGRATION) {
            return migration + " failed when it was applied; the schema must be repaired by hand";
        }
        if (code == CoreErrorCode.DESCRIPTION_MISMATCH) {
            return migration + " has a different description in the database";
        }
        if (code == CoreErrorCode.TYPE_MISMATCH) {
            return migration + " has a different type in the database";
        }
        String message = invalid.errorDetails == null ? "invalid" : firstLine(invalid.errorDetails.errorMessage);
        return migration + ": " + message;
    }

    private static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("unknown reason");
    }
}
