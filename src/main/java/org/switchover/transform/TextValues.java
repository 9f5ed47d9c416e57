package org.switchover.transform;

import java.util.Locale;

/** Plain text transforms: copying text without NUL bytes, and trimmed upper case. */
final class TextValues {
    private static final char NUL = '\u0000';

    private TextValues() {
    }

    /** Copies text; NUL bytes (which PostgreSQL text cannot hold) are removed and counted. Never truncates. */
    static Converted text(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        if (raw.indexOf(NUL) < 0) {
            return Converted.ok(raw);
        }
        return Converted.changed(withoutNul(raw), LossKind.NUL_REMOVED);
    }

    /** Trimmed, upper case; blank becomes NULL (an absent value, not a loss). */
    static Converted upperTrim(String raw) {
        if (raw == null || raw.isBlank()) {
            return Converted.absent();
        }
        return Converted.ok(raw.strip().toUpperCase(Locale.ROOT));
    }

    static boolean containsNul(String text) {
        return text.indexOf(NUL) >= 0;
    }

    static String withoutNul(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != NUL) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
