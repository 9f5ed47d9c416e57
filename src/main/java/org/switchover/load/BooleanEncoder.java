package org.switchover.load;

import java.util.Locale;

/**
 * bool columns: one byte. Text is read only in the spellings every PostgreSQL accepts whole; the
 * others (prefixes such as 'tr', spaces around) are the server's to read.
 */
enum BooleanEncoder implements ColumnEncoder {
    INSTANCE;

    @Override
    public void write(Object value, BinaryBuffer out) throws NotBinary {
        boolean truth;
        if (value instanceof Boolean bool) {
            truth = bool;
        } else {
            truth = switch (value instanceof String text ? text.toLowerCase(Locale.ROOT) : TextForms.of(value)) {
                case "t", "true", "y", "yes", "on", "1" -> true;
                case "f", "false", "n", "no", "off", "0" -> false;
                default -> throw new NotBinary("boolean text in a less common spelling");
            };
        }
        out.putInt(1);
        out.put((byte) (truth ? 1 : 0));
    }
}
