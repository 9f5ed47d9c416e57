package org.switchover.transform;

import java.math.BigDecimal;

/** Numeric text to Integer, Long or BigDecimal; empty text is an unknown value, anything else unparseable. */
final class NumberValues {
    private NumberValues() {
    }

    static Converted integer(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        try {
            return Converted.ok(Integer.valueOf(text));
        } catch (NumberFormatException e) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
    }

    static Converted bigint(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        try {
            return Converted.ok(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
    }

    static Converted decimal(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        try {
            return Converted.ok(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
    }
}
