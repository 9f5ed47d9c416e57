package org.switchover.cli;

import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.config.Defaults;
import picocli.CommandLine.Option;

/** --legacy-url and --legacy-user; the password only ever comes from LEGACY_PASSWORD. */
public class LegacyConnectionOptions {
    @Option(names = "--legacy-url", paramLabel = "URL",
            description = "JDBC URL of the legacy MySQL/MariaDB database, e.g. jdbc:mysql://127.0.0.1:3306/legacy. Password from LEGACY_PASSWORD.")
    String url;

    @Option(names = "--legacy-user", paramLabel = "USER", defaultValue = Defaults.LEGACY_USER,
            description = "Legacy database user (default: ${DEFAULT-VALUE}).")
    String user;

    boolean isSet() {
        return url != null;
    }

    ConnectionSpec spec() {
        if (url == null) {
            throw new ConfigurationException("--legacy-url is required");
        }
        if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            throw new ConfigurationException("--legacy-url must be a jdbc:mysql:// URL, got: " + JdbcUrlText.withoutQuery(url));
        }
        return ConnectionSpec.fromEnvironment(DatabaseRole.LEGACY, url, user);
    }
}
