package org.switchover.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * numeric columns, in PostgreSQL's binary form: int16 digit count, int16 weight, int16 sign, int16
 * display scale, then base-10000 digits. A numeric(p, s) value is rounded to s places half away from
 * zero, as the server's apply_typmod does, and refused if it then needs more than p - s whole digits.
 */
final class NumericEncoder implements ColumnEncoder {
    /** Plain decimal text with an optional exponent; any other text is the server's to read. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,6})?");
    private static final int SIGN_NEGATIVE = 0x4000;
    /** PostgreSQL's limits on the weight of the first digit and on the display scale. */
    private static final int MAX_WEIGHT = 32767;
    private static final int MAX_DISPLAY_SCALE = 0x3FFF;
    private static final int TYPMOD_HEADER = 4;
    private static final int[] POWERS = {1, 10, 100, 1000};

    private final int precision;
    private final int scale;
    private final boolean constrained;

    NumericEncoder(int typmod) {
        constrained = typmod >= TYPMOD_HEADER;
        precision = constrained ? ((typmod - TYPMOD_HEADER) >> 16) & 0xFFFF : 0;
        scale = constrained ? (((typmod - TYPMOD_HEADER) & 0x7FF) ^ 1024) - 1024 : 0; // PostgreSQL 15's signed scale
    }

    @Override
    public void write(Object value, BinaryBuffer out) throws ValueRefused, NotBinary {
        BigDecimal decimal = decimal(value);
        if (constrained) {
            decimal = decimal.setScale(scale, RoundingMode.HALF_UP);
            if (decimal.signum() != 0 && decimal.precision() - decimal.scale() > precision - scale) {
                throw new ValueRefused("numeric field overflow");
            }
        }
        encode(decimal, out);
    }

    private static BigDecimal decimal(Object value) throws NotBinary {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        String text = value instanceof String string ? string : TextForms.of(value);
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        // NaN, Infinity, spaces, underscores, or no number at all: the server reads it and says which
        throw new NotBinary("numeric text not in plain decimal form");
    }

    /** Digits in groups of four either side of the point; leading and trailing zero groups are dropped. */
    static void encode(BigDecimal decimal, BinaryBuffer out) throws NotBinary {
        int displayScale = Math.max(decimal.scale(), 0);
        BigInteger unscaled = decimal.scale() < 0 ? decimal.setScale(0).unscaledValue() : decimal.unscaledValue();
        String digits = unscaled.abs().toString();
        int whole = digits.length() - displayScale; // digits before the point; negative: zeros after it first
        int leftPad = Math.floorMod(-whole, 4);
        int groups = (leftPad + digits.length() + 3) / 4;
        int weight = (whole + leftPad) / 4 - 1;
        if (weight > MAX_WEIGHT || displayScale > MAX_DISPLAY_SCALE) {
            throw new NotBinary("a numeric beyond the binary form's limits");
        }
        short[] base10000 = new short[groups];
        for (int i = 0; i < digits.length(); i++) {
            int position = leftPad + i;
            base10000[position / 4] = (short) (base10000[position / 4] + (digits.charAt(i) - '0') * POWERS[3 - position % 4]);
        }
        int first = 0;
        while (first < groups && base10000[first] == 0) {
            first++;
        }
        int last = groups;
        while (last > first && base10000[last - 1] == 0) {
            last--;
        }
        int count = last - first;
        out.putInt(8 + 2 * count);
        out.putShort(count);
        out.putShort(count == 0 ? 0 : weight - first);
        out.putShort(decimal.signum() < 0 ? SIGN_NEGATIVE : 0);
        out.putShort(displayScale);
        for (int i = first; i < last; i++) {
            out.putShort(base10000[i]);
        }
    }
}
