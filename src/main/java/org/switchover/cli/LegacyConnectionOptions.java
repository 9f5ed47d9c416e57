package org.switchover.cli;

import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import picocli.CommandLine.Option;

/** --legacy-url and --legacy-user; the password only ever comes from LEGACY_PASSWORD. */
public class LegacyConnectionOptions {
    @Option(names = "--legacy-url", paramLabel = "URL",
            description = "JDBC URL of the legacy MySQL/MariaDB database, e.g. jdbc:mysql://127.0.0.1:3306/legacy. Password from LEGACY_PASSWORD.")
    String url;

    @Option(names = "--legacy-user", paramLabel = "USER", defaultValue = SwitchoverSettings.DEFAULT_LEGACY_USER,
            description = "Legacy database user (default: ${DEFAULT-VALUE}).")
    String user;

    /** The database the options name, with the password from the environment; null when --legacy-url is not given. */
    ConnectionSpec spec() {
        return url == null ? null : ConnectionSpec.fromEnvironment(DatabaseRole.LEGACY, url, user);
    }
}
