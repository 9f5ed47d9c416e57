package org.switchover.transform;

import java.time.Month;
import java.time.Year;

/** Hand-parsing helpers for dates in text: these run on every row, so no regex and no exceptions on bad input. */
final class DateFields {
    /** MySQL's zero date, as the driver's getString returns it (alone or followed by a zero time). */
    static final String ZERO_DATE = "0000-00-00";

    /** Returned by {@link #digits} when the range is empty or holds anything but ASCII digits. */
    static final int NOT_DIGITS = -1;

    private DateFields() {
    }

    /** The number written in text[from, to), or {@link #NOT_DIGITS}; callers keep ranges short (at most 9 digits). */
    static int digits(String text, int from, int to) {
        if (from >= to) {
            return NOT_DIGITS;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_DIGITS;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static boolean isZeroDate(String text) {
        return text.startsWith(ZERO_DATE);
    }

    /**
     * True when year-month-day names a real calendar day (so 2011-02-30 does not, nor year 0: PostgreSQL refuses it,
     * so it would cost the whole row instead of one lossy value).
     */
    static boolean isValidDate(int year, int month, int day) {
        return year >= 1 && month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** Reads strict "yyyy-mm-dd" at text[from, from + 10); returns {year, month, day} or null. */
    static int[] isoDate(String text, int from) {
        if (text.length() < from + 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year == NOT_DIGITS || month == NOT_DIGITS || day == NOT_DIGITS) {
            return null;
        }
        return new int[] {year, month, day};
    }
}
