package org.switchover.load;

/**
 * A value the JVM cannot type exactly as the server's input function would (a date written in one of
 * PostgreSQL's many other styles, a number with underscores, an unknown Java type): its batch goes as
 * COPY text, so the server parses it as it always did. Rare, so it carries no stack trace.
 */
final class NotBinary extends Exception {
    NotBinary(String why) {
        super(why, null, false, false);
    }
}
