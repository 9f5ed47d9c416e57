package org.switchover.transform;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * DATE and DATETIME columns as the JDBC driver's getString gives them ("2011-04-03",
 * "2011-04-03 10:15:00"). Zero dates become NULL (ZERO_DATE); impossible dates such as
 * 2011-02-30, which MySQL accepts without strict mode, become NULL (UNPARSEABLE).
 */
final class LegacyDateValues {
    private static final int DATE_LENGTH = 10;
    private static final int DATETIME_LENGTH = 19;
    private static final int MAX_FRACTION_DIGITS = 9;

    private LegacyDateValues() {
    }

    static Converted date(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        if (DateFields.isZeroDate(text)) {
            return Converted.lost(LossKind.ZERO_DATE);
        }
        int[] ymd = text.length() == DATE_LENGTH ? DateFields.isoDate(text, 0) : null;
        if (ymd == null || !DateFields.isValidDate(ymd[0], ymd[1], ymd[2])) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
        return Converted.ok(LocalDate.of(ymd[0], ymd[1], ymd[2]));
    }

    /**
     * A date held as the number yyyymmdd (an INT or its text, as some systems keep start and end dates): 0 is how such
     * systems write "no date" (NULL, not a loss); blank → NULL (UNKNOWN_VALUE); anything not 8 digits or not a real day
     * → NULL (UNPARSEABLE).
     */
    static Converted yyyymmdd(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.equals("0")) {
            return Converted.absent();
        }
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        if (!text.matches("[0-9]{8}")) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(4, 6));
        int day = Integer.parseInt(text.substring(6, 8));
        if (!DateFields.isValidDate(year, month, day)) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
        return Converted.ok(LocalDate.of(year, month, day));
    }

    /** "yyyy-mm-dd hh:mm:ss" with an optional fraction of a second; 'T' is accepted in place of the space. */
    static Converted dateTime(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        if (DateFields.isZeroDate(text)) {
            return Converted.lost(LossKind.ZERO_DATE);
        }
        LocalDateTime parsed = parseDateTime(text);
        return parsed == null ? Converted.lost(LossKind.UNPARSEABLE) : Converted.ok(parsed);
    }

    private static LocalDateTime parseDateTime(String text) {
        if (text.length() < DATETIME_LENGTH) {
            return null;
        }
        int[] ymd = DateFields.isoDate(text, 0);
        char between = text.charAt(DATE_LENGTH);
        if (ymd == null || !DateFields.isValidDate(ymd[0], ymd[1], ymd[2]) || (between != ' ' && between != 'T')
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int hour = DateFields.digits(text, 11, 13);
        int minute = DateFields.digits(text, 14, 16);
        int second = DateFields.digits(text, 17, 19);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = fractionAsNanos(text);
        if (nanos < 0) {
            return null;
        }
        return LocalDateTime.of(ymd[0], ymd[1], ymd[2], hour, minute, second, nanos);
    }

    /** Nanoseconds from an optional ".fff" after the seconds; -1 when malformed. */
    private static int fractionAsNanos(String text) {
        if (text.length() == DATETIME_LENGTH) {
            return 0;
        }
        int digitCount = text.length() - DATETIME_LENGTH - 1;
        if (text.charAt(DATETIME_LENGTH) != '.' || digitCount < 1 || digitCount > MAX_FRACTION_DIGITS) {
            return -1;
        }
        int fraction = DateFields.digits(text, DATETIME_LENGTH + 1, text.length());
        if (fraction < 0) {
            return -1;
        }
        for (int i = digitCount; i < MAX_FRACTION_DIGITS; i++) {
            fraction *= 10;
        }
        return fraction;
    }
}
