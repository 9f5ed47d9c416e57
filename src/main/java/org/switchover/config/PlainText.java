package org.switchover.config;

/**
 * What a person types for the record (an owner's name and role, a decision's reason, an account's name): plain text,
 * one line. It is printed in terminals, the report page and the ledger, so a control character (an ESC that recolours
 * or rewrites a terminal line, a line break that forges a second line of `exception --list`) or a bidirectional override
 * (which shows text in another order than it is stored) would let the record read differently from what it holds.
 */
public final class PlainText {
    private PlainText() {
    }

    /** {@code value} when it is plain text; else a {@link ConfigurationException} naming {@code what} and the character. */
    public static String require(String value, String what) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                throw new ConfigurationException(what + " holds " + String.format("U+%04X", (int) c) + " at character " + (i + 1)
                        + (isBidiControl(c) ? ", a bidirectional control that shows text in another order than it is stored"
                        : ", a control character") + ": type plain text on one line");
            }
        }
        return value;
    }

    // the marks and embeddings, overrides and isolates of Unicode's bidirectional algorithm
    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
