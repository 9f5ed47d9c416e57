package org.switchover.transform;

import java.util.Locale;

/** NHS numbers and postcodes: normalised to one written form, or NULL (INVALID) when the shape is wrong. */
final class IdentifierValues {
    private static final int NHS_NUMBER_DIGITS = 10;
    private static final int POSTCODE_MIN = 5;
    private static final int POSTCODE_MAX = 7;
    /** The inward code (e.g. 5UJ) is always the last three characters. */
    private static final int INWARD_CODE_LENGTH = 3;

    private IdentifierValues() {
    }

    /**
     * Digits only, spaces and hyphens removed, exactly ten digits. The modulus-11 check digit is
     * deliberately not tested: the agreed rule is digits and length only.
     */
    static Converted nhsNumber(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        if (raw.isBlank()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        char[] digits = new char[NHS_NUMBER_DIGITS];
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == NHS_NUMBER_DIGITS) {
                    return Converted.lost(LossKind.INVALID);
                }
                digits[count++] = c;
            } else if (c != '-' && !Character.isWhitespace(c)) {
                return Converted.lost(LossKind.INVALID);
            }
        }
        return count == NHS_NUMBER_DIGITS ? Converted.ok(new String(digits)) : Converted.lost(LossKind.INVALID);
    }

    /** Upper case, spaces removed, then one space before the last three characters ("dh15uj" → "DH1 5UJ"). */
    static Converted postcode(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        if (raw.isBlank()) {
            return Converted.lost(LossKind.UNKNOWN_VALUE);
        }
        StringBuilder compact = new StringBuilder(POSTCODE_MAX + 1);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (!isAsciiLetterOrDigit(c) || compact.length() == POSTCODE_MAX) {
                return Converted.lost(LossKind.INVALID);
            }
            compact.append(c);
        }
        if (compact.length() < POSTCODE_MIN) {
            return Converted.lost(LossKind.INVALID);
        }
        compact.insert(compact.length() - INWARD_CODE_LENGTH, ' ');
        return Converted.ok(compact.toString().toUpperCase(Locale.ROOT));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
