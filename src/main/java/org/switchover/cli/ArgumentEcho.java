package org.switchover.cli;

import org.switchover.db.Redaction;

import java.util.Locale;

/**
 * picocli's parameter errors quote the arguments they could not place ("Unknown options: '--legacy-url',
 * 'jdbc:mysql://u:pw@h/db'", "Invalid value for option '--as-of': 'jdbc:...'"): an argument that could hold
 * a secret is hidden from such a message before it is printed.
 */
final class ArgumentEcho {
    /** What an argument that may hold a secret is shown as. */
    static final String HIDDEN_ARGUMENT = "(value hidden)";

    private ArgumentEcho() {
    }

    /** {@code message} without any argument of {@code args} that looks like a URL, user info or a password. */
    static String hidden(String message, String[] args) {
        String shown = message;
        for (String arg : args) {
            if (mayHoldSecret(arg)) {
                int equals = arg.startsWith("-") ? arg.indexOf('=') : -1;
                String value = equals < 0 ? arg : arg.substring(equals + 1);
                if (!value.isEmpty()) {
                    shown = shown.replace(value, HIDDEN_ARGUMENT);
                }
            }
        }
        return Redaction.scrub(shown);
    }

    private static boolean mayHoldSecret(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return lower.contains("//") || lower.contains("@") || lower.contains("password") || lower.contains("pwd");
    }
}
