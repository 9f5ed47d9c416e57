package org.switchover.extract;

/** Reading a legacy table failed; the message names the table (and key position when known). */
public class ExtractException extends RuntimeException {
    public ExtractException(String message) {
        super(message);
    }

    public ExtractException(String message, Throwable cause) {
        super(message, cause);
    }
}
