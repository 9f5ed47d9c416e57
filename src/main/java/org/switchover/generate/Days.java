package org.switchover.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Dates as epoch days while generating, and their SQL text; all of them relative to the extract date. */
final class Days {
    static final String ZERO_DATE = "0000-00-00";
    static final String ZERO_DATETIME = "0000-00-00 00:00:00";
    private static final int SECONDS_PER_DAY = 86_400;
    /** Office hours in seconds after midnight: most activity is recorded between 08:00 and 18:00. */
    private static final int DAY_START = 8 * 3600;
    private static final int DAY_LENGTH = 10 * 3600;

    private Days() {
    }

    static String date(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    /** A DATE value, or NULL when day is negative (no date). */
    static String dateOrNull(int day) {
        return day < 0 ? null : date(day);
    }

    /** A DATETIME in office hours on the given day. */
    static String dateTime(int day, SplittableRandom random) {
        int seconds = DAY_START + random.nextInt(DAY_LENGTH);
        return date(day) + String.format(" %02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** A day between from and to inclusive (to before from gives from). */
    static int between(int from, int to, SplittableRandom random) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    static int epochDay(LocalDate date) {
        return (int) date.toEpochDay();
    }

    static int secondsPerDay() {
        return SECONDS_PER_DAY;
    }
}
