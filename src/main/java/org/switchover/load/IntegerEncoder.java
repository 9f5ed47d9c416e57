package org.switchover.load;

/**
 * int2, int4 and int8 columns. Numbers are range-checked; text is parsed as PostgreSQL 15's
 * pg_strtoint does (spaces around, a sign, decimal digits), with its messages. Underscores and
 * 0x/0o/0b prefixes are left to the server: PostgreSQL 16 accepts them, 15 does not.
 */
enum IntegerEncoder implements ColumnEncoder {
    SMALLINT("smallint", 2, Short.MIN_VALUE, Short.MAX_VALUE),
    INTEGER("integer", 4, Integer.MIN_VALUE, Integer.MAX_VALUE),
    BIGINT("bigint", 8, Long.MIN_VALUE, Long.MAX_VALUE);

    private final String sqlName;
    private final int width;
    private final long min;
    private final long max;

    IntegerEncoder(String sqlName, int width, long min, long max) {
        this.sqlName = sqlName;
        this.width = width;
        this.min = min;
        this.max = max;
    }

    @Override
    public void write(Object value, BinaryBuffer out) throws ValueRefused, NotBinary {
        long number;
        if (value instanceof Long whole) {
            number = whole;
        } else if (value instanceof Integer whole) {
            number = whole;
        } else {
            number = parse(value instanceof String text ? text : TextForms.of(value));
        }
        if (number < min || number > max) {
            throw outOfRange(Long.toString(number));
        }
        out.putInt(width);
        switch (width) {
            case 2 -> out.putShort((int) number);
            case 4 -> out.putInt((int) number);
            default -> out.putLong(number);
        }
    }

    private long parse(String text) throws ValueRefused, NotBinary {
        int i = skipSpaces(text, 0);
        boolean negative = i < text.length() && text.charAt(i) == '-';
        if (i < text.length() && (negative || text.charAt(i) == '+')) {
            i++;
        }
        int digitsFrom = i;
        long number = 0; // accumulated negative, so that the minimum fits
        long bound = negative ? min : -max;
        boolean overflow = false;
        for (; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            int digit = text.charAt(i) - '0';
            // number * 10 - digit >= bound, without overflowing: / rounds the negative quotient up
            overflow |= number < (bound + digit) / 10;
            number = overflow ? 0 : number * 10 - digit;
        }
        int digitsTo = i;
        i = skipSpaces(text, i);
        if (text.indexOf('_') >= 0 || hasRadixPrefix(text, digitsFrom)) {
            throw new NotBinary("integer text in a form PostgreSQL 16 reads differently from 15");
        }
        if (digitsTo == digitsFrom || i < text.length()) {
            if (overflow) {
                throw new NotBinary("an integer out of range followed by other text");
            }
            throw new ValueRefused("invalid input syntax for type " + sqlName + ": \"" + text + "\"");
        }
        if (overflow) {
            throw outOfRange(text);
        }
        return negative ? number : -number;
    }

    private ValueRefused outOfRange(String text) {
        return new ValueRefused("value \"" + text + "\" is out of range for type " + sqlName);
    }

    private static boolean hasRadixPrefix(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != '0') {
            return false;
        }
        char radix = Character.toLowerCase(text.charAt(at + 1));
        return radix == 'x' || radix == 'o' || radix == 'b';
    }

    /** PostgreSQL's isspace: space, tab, newline, vertical tab, form feed, carriage return. */
    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) >= '\t' && text.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }
}
