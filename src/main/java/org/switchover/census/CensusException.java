package org.switchover.census;

/** The census return could not be read from the target or written; the command exits 3. */
public class CensusException extends RuntimeException {
    public CensusException(String message, Throwable cause) {
        super(message, cause);
    }
}
