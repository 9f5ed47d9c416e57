package org.switchover.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How `serve` listens and protects its pages: the address and port, the report directory whose runs it serves
 * ({@code reportDir}; null = the directories the target's reconciliations recorded), the keystore for TLS (null = plain
 * HTTP, allowed only on a loopback address), how long an idle session lives and how many failed sign-ins a name or an
 * address may make within {@code lockout} before further attempts are refused. The keystore's password comes only from
 * {@value #KEYSTORE_PASSWORD_ENV}.
 */
public record ServeSettings(String bind, int port, Path reportDir, Path keystore, Duration sessionTimeout, int maxFailedLogins,
                            Duration lockout) {
    /** Localhost only unless told otherwise: the pages hold children's records. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** An owner idle this long signs in again. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(15);
    /** Failed sign-ins a user name, or an address, may make within {@link #DEFAULT_LOCKOUT}. */
    public static final int DEFAULT_MAX_FAILED_LOGINS = 5;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);
    /** The environment variable holding the TLS keystore's password. */
    public static final String KEYSTORE_PASSWORD_ENV = "SWITCHOVER_KEYSTORE_PASSWORD";

    public ServeSettings {
        if (bind == null || bind.isBlank()) {
            throw new ConfigurationException("--bind needs an address, e.g. " + DEFAULT_BIND);
        }
        if (port < 0 || port > 65535) {
            throw new ConfigurationException("--port " + port + " is not a port (0-65535; 0 picks a free one)");
        }
        if (sessionTimeout == null || sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new ConfigurationException("the session timeout must be positive");
        }
        if (maxFailedLogins < 1 || lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new ConfigurationException("failed sign-ins need a positive limit and lockout");
        }
        if (keystore != null && !java.nio.file.Files.isReadable(keystore)) {
            throw new ConfigurationException("--keystore " + keystore + " is not a readable file");
        }
    }

    /** The defaults, serving the report directories the target recorded. */
    public static ServeSettings defaults() {
        return new ServeSettings(DEFAULT_BIND, DEFAULT_PORT, null, null, DEFAULT_SESSION_TIMEOUT, DEFAULT_MAX_FAILED_LOGINS, DEFAULT_LOCKOUT);
    }

    public ServeSettings withBind(String address) {
        return new ServeSettings(address, port, reportDir, keystore, sessionTimeout, maxFailedLogins, lockout);
    }

    public ServeSettings withPort(int number) {
        return new ServeSettings(bind, number, reportDir, keystore, sessionTimeout, maxFailedLogins, lockout);
    }

    public ServeSettings withReportDir(Path directory) {
        return new ServeSettings(bind, port, directory, keystore, sessionTimeout, maxFailedLogins, lockout);
    }

    public ServeSettings withKeystore(Path file) {
        return new ServeSettings(bind, port, reportDir, file, sessionTimeout, maxFailedLogins, lockout);
    }

    public ServeSettings withSessionTimeout(Duration timeout) {
        return new ServeSettings(bind, port, reportDir, keystore, timeout, maxFailedLogins, lockout);
    }
}
