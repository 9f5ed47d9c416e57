package org.switchover.cli;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import picocli.CommandLine.Option;

/** --target-url and --target-user; the password only ever comes from TARGET_PASSWORD. */
public class TargetConnectionOptions {
    @Option(names = "--target-url", paramLabel = "URL",
            description = "JDBC URL of the target PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/switchover. Password from TARGET_PASSWORD.")
    String url;

    @Option(names = "--target-user", paramLabel = "USER", defaultValue = SwitchoverSettings.DEFAULT_TARGET_USER,
            description = "Target database user (default: ${DEFAULT-VALUE}).")
    String user;

    /** The database the options name, with the password from the environment; null when --target-url is not given. */
    ConnectionSpec spec() {
        return url == null ? null : ConnectionSpec.fromEnvironment(DatabaseRole.TARGET, url, user);
    }
}
