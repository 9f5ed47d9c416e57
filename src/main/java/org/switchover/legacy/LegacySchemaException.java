package org.switchover.legacy;

/** The legacy schema could not be created; the message names the database and what was in the way. */
public class LegacySchemaException extends RuntimeException {
    public LegacySchemaException(String message) {
        super(message);
    }

    public LegacySchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
