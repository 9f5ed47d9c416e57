package org.switchover.config;

/** Configuration or usage that cannot work (bad option, broken mapping file); the CLI exits with code 2. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
