package org.switchover.operation;

import org.switchover.config.ServeSettings;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;
import org.switchover.serve.ServeHandle;
import org.switchover.serve.ServeServer;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.users.Users;

import java.util.Map;

/**
 * `serve`: starts the web server over the target's runs and reports (the target migrated first, so its users table exists);
 * the mapping set is hashed once at start, as sign-offs made there bind to it.
 */
public record ServeOperation(SwitchoverSettings settings, ServeSettings serve, Invocation invocation, Map<String, String> environment) {
    public ServeHandle run() {
        settings.require(Need.TARGET_DATABASE);
        String mappingHash = Inputs.mappingHashOnMigratedTarget(settings);
        ServeServer.ServeContext context = new ServeServer.ServeContext(settings.target(), serve.reportDir(), SignOffPolicy.of(settings),
                mappingHash, new Users(settings.target()), new EventLog(settings.target()), invocation);
        return ServeServer.start(context, serve, environment);
    }
}
