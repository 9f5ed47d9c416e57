package org.switchover.load;

import java.nio.charset.StandardCharsets;

/**
 * text, json, jsonb, varchar(n) and char(n) columns: the value's UTF-8 bytes (jsonb after its format
 * version byte). A varchar(n) or char(n) value longer than n characters is refused as the server's
 * varchar_input and bpchar_input refuse it, unless the excess is only spaces, which the server drops.
 * The server still parses JSON: building a jsonb value is parsing it, in either COPY format.
 */
final class TextEncoder implements ColumnEncoder {
    private static final byte JSONB_VERSION = 1;
    private static final int TYPMOD_HEADER = 4;
    private static final TextEncoder TEXT = new TextEncoder(false, null, -1);
    private static final TextEncoder JSONB = new TextEncoder(true, null, -1);

    private final boolean jsonb;
    private final String sqlName;
    private final int maxChars;

    private TextEncoder(boolean jsonb, String sqlName, int maxChars) {
        this.jsonb = jsonb;
        this.sqlName = sqlName;
        this.maxChars = maxChars;
    }

    static TextEncoder unlimited(boolean jsonb) {
        return jsonb ? JSONB : TEXT;
    }

    /** varchar or char: {@code typmod} - 4 characters at most; no typmod (varchar without n) is unlimited. */
    static TextEncoder limited(String sqlName, int typmod) {
        return typmod < TYPMOD_HEADER ? TEXT : new TextEncoder(false, sqlName, typmod - TYPMOD_HEADER);
    }

    @Override
    public void write(Object value, BinaryBuffer out) throws ValueRefused {
        String text = value instanceof String string ? string : TextForms.of(value);
        if (maxChars >= 0 && text.length() > maxChars) {
            checkLength(text);
        }
        if (text.indexOf(0) >= 0) {
            throw ValueRefused.nulByte();
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (jsonb) {
            out.putInt(utf8.length + 1);
            out.put(JSONB_VERSION);
        } else {
            out.putInt(utf8.length);
        }
        out.put(utf8);
    }

    /** Counts characters as the server does (a surrogate pair is one); only reached when the UTF-16 length exceeds n. */
    private void checkLength(String text) throws ValueRefused {
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return;
        }
        for (int i = text.offsetByCodePoints(0, maxChars); i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                throw new ValueRefused("value too long for type " + sqlName + "(" + maxChars + ")");
            }
        }
    }
}
