package org.switchover.schema;

import org.switchover.config.ConfigurationException;

import org.switchover.db.ConnectionSpec;

/** The target's schema does not match this toolkit's migrations; the message is one line naming the database. */
public class TargetSchemaException extends ConfigurationException {
    public TargetSchemaException(ConnectionSpec target, String problem, Throwable cause) {
        super(target + ": " + problem, cause);
    }

    public TargetSchemaException(ConnectionSpec target, String problem) {
        this(target, problem, null);
    }
}
