package org.switchover.legacy;

import org.switchover.config.ConfigurationException;

/** The legacy schema could not be created; the message names the database and what was in the way. */
public class LegacySchemaException extends ConfigurationException {
    public LegacySchemaException(String message) {
        super(message);
    }

    public LegacySchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
