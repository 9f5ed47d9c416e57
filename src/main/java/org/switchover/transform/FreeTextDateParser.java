package org.switchover.transform;

import java.time.LocalDate;

/**
 * Dates typed as free text (client.dob, expected_dob, date_of_death, cp_review.review_dt).
 * Accepts d/m/yyyy, d/m/yy, d.m.yyyy, d.m.yy (day and month of one or two digits) and yyyy-mm-dd.
 * A two-digit year is 2000+yy, less 100 when that year is after the as-of year, so no date of birth
 * lies in the future. Hand-parsed: it runs on every row.
 */
final class FreeTextDateParser {
    private static final int CENTURY = 100;
    private static final int PIVOT_BASE = 2000;

    private final int asOfYear;

    FreeTextDateParser(TransformSettings settings) {
        this.asOfYear = settings.asOf().getYear();
    }

    Converted parse(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        String text = raw.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("UNK") || text.equalsIgnoreCase("UNKNOWN")) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        if (DateFields.isZeroDate(text)) {
            return Converted.lost(LossKind.ZERO_DATE);
        }
        int[] ymd = fields(text);
        if (ymd == null) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
        if (ymd[0] == 0 && ymd[1] == 0 && ymd[2] == 0) {
            // 00/00/0000 and the like: a zero date typed by hand.
            return Converted.lost(LossKind.ZERO_DATE);
        }
        if (!DateFields.isValidDate(ymd[0], ymd[1], ymd[2])) {
            return Converted.lost(LossKind.UNPARSEABLE);
        }
        return Converted.ok(LocalDate.of(ymd[0], ymd[1], ymd[2]));
    }

    /** {year, month, day} with two-digit years already pivoted (0 stays 0 for the zero-date check), or null. */
    private int[] fields(String text) {
        int firstSeparator = firstNonDigit(text, 0);
        if (firstSeparator == 4 && text.length() == 10) {
            return DateFields.isoDate(text, 0);
        }
        if (firstSeparator < 1 || firstSeparator > 2) {
            return null;
        }
        char separator = text.charAt(firstSeparator);
        if (separator != '/' && separator != '.') {
            return null;
        }
        int secondSeparator = firstNonDigit(text, firstSeparator + 1);
        int monthLength = secondSeparator - firstSeparator - 1;
        if (monthLength < 1 || monthLength > 2 || secondSeparator == text.length()
                || text.charAt(secondSeparator) != separator) {
            return null;
        }
        int yearLength = text.length() - secondSeparator - 1;
        if (yearLength != 2 && yearLength != 4) {
            return null;
        }
        int day = DateFields.digits(text, 0, firstSeparator);
        int month = DateFields.digits(text, firstSeparator + 1, secondSeparator);
        int year = DateFields.digits(text, secondSeparator + 1, text.length());
        if (year == DateFields.NOT_DIGITS) {
            return null;
        }
        if (yearLength == 2 && (day | month | year) != 0) {
            year = pivot(year);
        }
        return new int[] {year, month, day};
    }

    private int pivot(int twoDigitYear) {
        int year = PIVOT_BASE + twoDigitYear;
        return year > asOfYear ? year - CENTURY : year;
    }

    private static int firstNonDigit(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
