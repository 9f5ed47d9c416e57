package org.switchover.load;

/**
 * A value its target column cannot hold, found in the JVM: the message is the one PostgreSQL gives for
 * it, so the reject reads the same as when the server refused it. Thrown per bad value, which is rare,
 * so it carries no stack trace.
 */
final class ValueRefused extends Exception {
    ValueRefused(String serverMessage) {
        super(serverMessage, null, false, false);
    }

    /** PostgreSQL refuses a NUL anywhere in a COPY row before it looks at the columns. */
    static ValueRefused nulByte() {
        return new ValueRefused("invalid byte sequence for encoding \"UTF8\": 0x00");
    }

    static ValueRefused outOfRange(String text) {
        return new ValueRefused("date/time field value out of range: \"" + text + "\"");
    }
}
