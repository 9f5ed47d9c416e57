package org.switchover.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A date as the legacy screens let users type it, and whether the README's date rules turn the text into
 * NULL (UNK, '', zero dates, unparseable text): that is what makes a free-text date lossy.
 */
record FreeTextDate(String text, boolean becomesNull) {
    static final FreeTextDate NULL = new FreeTextDate(null, true);

    /** Which way a date is written; the short forms have two-digit years. */
    enum Style { DAY_MONTH_YEAR, ISO, DOTS_SHORT, DOTS_SHORT_PADDED, SLASHES_SHORT, UNKNOWN, EMPTY, ZERO, UNPARSEABLE }

    /** Lossy = some text was written yet the target gets NULL (NULL in, NULL out is not lossy). */
    boolean lossy() {
        return text != null && becomesNull;
    }

    static FreeTextDate of(LocalDate date, Style style, SplittableRandom random) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        int yy = y % 100;
        return switch (style) {
            case DAY_MONTH_YEAR -> new FreeTextDate(String.format("%02d/%02d/%04d", d, m, y), false);
            case ISO -> new FreeTextDate(date.toString(), false);
            case DOTS_SHORT -> new FreeTextDate(d + "." + m + "." + String.format("%02d", yy), false);
            case DOTS_SHORT_PADDED -> new FreeTextDate(String.format("%02d.%02d.%02d", d, m, yy), false);
            case SLASHES_SHORT -> new FreeTextDate(d + "/" + m + "/" + String.format("%02d", yy), false);
            case UNKNOWN -> new FreeTextDate("UNK", true);
            case EMPTY -> new FreeTextDate("", true);
            case ZERO -> new FreeTextDate(Days.ZERO_DATE, true);
            case UNPARSEABLE -> new FreeTextDate(switch (random.nextInt(3)) {
                case 0 -> String.format("??/%02d/%04d", m, y);
                case 1 -> "c. " + y;
                default -> "see file";
            }, true);
        };
    }

    /**
     * Chooses a style: the quotas decide the defects, otherwise mostly dd/mm/yyyy or ISO, with two-digit
     * years at {@code twoDigitYear} when {@code shortYearSafe} (the README's pivot gives the same date back).
     */
    static Style style(SplittableRandom random, boolean unknown, boolean zero, boolean unparseable,
                       double twoDigitYear, boolean shortYearSafe) {
        if (unknown) {
            return random.nextBoolean() ? Style.UNKNOWN : Style.EMPTY;
        }
        if (zero) {
            return Style.ZERO;
        }
        if (unparseable) {
            return Style.UNPARSEABLE;
        }
        if (shortYearSafe && random.nextDouble() < twoDigitYear) {
            Style[] shortStyles = {Style.DOTS_SHORT, Style.DOTS_SHORT_PADDED, Style.SLASHES_SHORT};
            return shortStyles[random.nextInt(shortStyles.length)];
        }
        return random.nextDouble() < 0.7 ? Style.DAY_MONTH_YEAR : Style.ISO;
    }

    /** Two-digit years pivot to 2000+yy unless that passes the extract year; true when that gives this date back. */
    static boolean shortYearSafe(LocalDate date, LocalDate asOf) {
        int yy = date.getYear() % 100;
        int pivoted = 2000 + yy > asOf.getYear() ? 1900 + yy : 2000 + yy;
        return pivoted == date.getYear();
    }
}
