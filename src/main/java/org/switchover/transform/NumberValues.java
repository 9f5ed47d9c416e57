package org.switchover.transform;

import java.math.BigDecimal;
import java.util.function.Function;

/** Numeric text to Integer, Long or BigDecimal; empty text is an unknown value, anything else unparseable. */
final class NumberValues {
    private NumberValues() {
    }

    static Converted integer(String raw) {
        return parse(raw, Integer::valueOf);
    }

    static Converted bigint(String raw) {
        return parse(raw, Long::valueOf);
    }

    static Converted decimal(String raw) {
        return parse(raw, BigDecimal::new);
    }

    private static Converted parse(String raw, Function<String, ?> parser) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        try {
            return Converted.ok(parser.apply(text));
        } catch (NumberFormatException e) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
    }
}
