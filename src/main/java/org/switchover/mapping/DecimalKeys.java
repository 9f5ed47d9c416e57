package org.switchover.mapping;

/**
 * Legacy and target keys are mostly integers held as text; a text that {@link Long#toString(long)} gives back
 * exactly (no sign but '-', no leading zero, at most 18 digits) can be stored as a primitive long and spelled
 * again on the way out, so a lookup by text finds exactly what it found before. Every other text ("007",
 * "DCC/0000162", " 5") stays text.
 */
final class DecimalKeys {
    /** What {@link #parse} gives for a text that is no canonical decimal; it has 19 digits, so no canonical decimal is it. */
    static final long NOT_DECIMAL = Long.MIN_VALUE;
    /** 18 digits always fit a long, so the parse needs no overflow check. */
    private static final int MAX_DIGITS = 18;

    private DecimalKeys() {
    }

    /** The long that spells {@code text}, or {@link #NOT_DECIMAL}; no exception, as most misses are ordinary. */
    static long parse(String text) {
        if (text == null) {
            return NOT_DECIMAL;
        }
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = length - start;
        if (digits < 1 || digits > MAX_DIGITS || text.charAt(start) == '0' && (digits > 1 || start == 1)) {
            return NOT_DECIMAL; // "", "007" and "-0" are spelled otherwise by Long.toString
        }
        long value = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_DECIMAL;
            }
            value = value * 10 + (c - '0');
        }
        return start == 1 ? -value : value;
    }
}
