package org.switchover.operation;

import org.switchover.config.ServeSettings;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;
import org.switchover.mapping.MappingSet;
import org.switchover.schema.TargetSchema;
import org.switchover.serve.ServeHandle;
import org.switchover.serve.ServeServer;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.users.Users;

import java.util.Map;

/**
 * `serve`: starts the web server over the target's runs and reports (the target migrated first, so its users table exists);
 * the mapping set is read once at start: sign-offs made there bind to its hash, and a child's page follows its tables.
 */
public record ServeOperation(SwitchoverSettings settings, ServeSettings serve, Invocation invocation, Map<String, String> environment) {
    public ServeHandle run() {
        settings.require(Need.TARGET_DATABASE);
        MappingSet mappings = Inputs.mappings(settings);
        TargetSchema.migrate(settings.target());
        ServeServer.ServeContext context = new ServeServer.ServeContext(settings.target(), serve.reportDir(), SignOffPolicy.of(settings),
                mappings, new Users(settings.target()), new EventLog(settings.target()), invocation);
        return ServeServer.start(context, serve, environment);
    }
}
