package org.switchover.cli;

import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.config.Defaults;
import picocli.CommandLine.Option;

/** --target-url and --target-user; the password only ever comes from TARGET_PASSWORD. */
public class TargetConnectionOptions {
    @Option(names = "--target-url", paramLabel = "URL",
            description = "JDBC URL of the target PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/switchover. Password from TARGET_PASSWORD.")
    String url;

    @Option(names = "--target-user", paramLabel = "USER", defaultValue = Defaults.TARGET_USER,
            description = "Target database user (default: ${DEFAULT-VALUE}).")
    String user;

    boolean isSet() {
        return url != null;
    }

    ConnectionSpec spec() {
        if (url == null) {
            throw new ConfigurationException("--target-url is required");
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigurationException("--target-url must be a jdbc:postgresql:// URL, got: " + JdbcUrlText.withoutQuery(url));
        }
        return ConnectionSpec.fromEnvironment(DatabaseRole.TARGET, url, user);
    }
}
