package org.switchover.generate;

/** Generation could not start or failed; the message names the database and the table at fault. */
public class GeneratorException extends RuntimeException {
    public GeneratorException(String message) {
        super(message);
    }

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
