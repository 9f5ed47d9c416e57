package org.switchover.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * date (int32 days) and timestamp (int64 microseconds) columns, both counted from 2000-01-01. Years
 * 1-9999 are encoded; year 0 (which PostgreSQL, counting 1 BC, reads as out of range) is refused with
 * the server's message; other years, and text that is not plain yyyy-mm-dd, are the server's to read.
 */
enum DateTimeEncoder implements ColumnEncoder {
    DATE,
    TIMESTAMP;

    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;
    private static final int MAX_YEAR = 9999;
    private static final int ISO_DATE_LENGTH = 10;

    @Override
    public void write(Object value, BinaryBuffer out) throws ValueRefused, NotBinary {
        LocalDateTime dateTime;
        if (value instanceof LocalDate date) {
            dateTime = date.atStartOfDay();
        } else if (value instanceof LocalDateTime given && this == TIMESTAMP) {
            dateTime = given;
        } else if (value instanceof String text) {
            dateTime = isoDate(text).atStartOfDay();
        } else {
            throw new NotBinary("a " + value.getClass().getSimpleName() + " for a " + name().toLowerCase() + " column");
        }
        int year = dateTime.getYear();
        if (year == 0) {
            throw ValueRefused.outOfRange(value instanceof String text ? text : TextForms.of(value));
        }
        if (year < 1 || year > MAX_YEAR) {
            throw new NotBinary("a year outside 1-9999");
        }
        if (this == DATE) {
            out.putInt(4);
            out.putInt((int) (dateTime.toLocalDate().toEpochDay() - POSTGRES_EPOCH_DAY));
            return;
        }
        if (dateTime.getNano() % 1000 != 0) {
            throw new NotBinary("a fraction of a second finer than PostgreSQL's microseconds");
        }
        out.putInt(8);
        out.putLong((dateTime.toEpochSecond(ZoneOffset.UTC) - POSTGRES_EPOCH_SECOND) * 1_000_000 + dateTime.getNano() / 1000);
    }

    /** yyyy-mm-dd exactly, month 1-12 and day 1-31; a day the month lacks is out of range, as the server says. */
    private static LocalDate isoDate(String text) throws ValueRefused, NotBinary {
        if (text.length() != ISO_DATE_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new NotBinary("date text not in yyyy-mm-dd form");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new NotBinary("date text with a month or day the JVM does not judge");
        }
        if (year == 0) {
            throw ValueRefused.outOfRange(text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw ValueRefused.outOfRange(text);
        }
    }

    private static int digits(String text, int from, int to) throws NotBinary {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NotBinary("date text not in yyyy-mm-dd form");
            }
            number = number * 10 + c - '0';
        }
        return number;
    }
}
