package org.switchover.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A value as the text {@link CopyTextFormat} sends for it (before escaping): what a text column stores,
 * and what the server quotes when it refuses the value. Only for values that are not already text.
 */
final class TextForms {
    private TextForms() {
    }

    /** The Java types a target batch may hold; anything else has no known text form here. */
    static boolean known(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Integer || value instanceof BigDecimal
                || value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Boolean;
    }

    static String of(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDateTime dateTime && dateTime.getYear() >= 0 && dateTime.getYear() <= 9999) {
            return dateTime(dateTime);
        }
        return value.toString(); // LocalDate's is yyyy-mm-dd, as CopyTextFormat writes it
    }

    /** yyyy-mm-dd hh:mm:ss, and the fraction of a second without trailing zeros when there is one. */
    private static String dateTime(LocalDateTime dateTime) {
        StringBuilder text = new StringBuilder(29).append(dateTime.toLocalDate()).append(' ');
        two(text, dateTime.getHour()).append(':');
        two(text, dateTime.getMinute()).append(':');
        two(text, dateTime.getSecond());
        int nanos = dateTime.getNano();
        if (nanos != 0) {
            String fraction = Integer.toString(1_000_000_000 + nanos).substring(1);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(fraction, 0, end);
        }
        return text.toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
