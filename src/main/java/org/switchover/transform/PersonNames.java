package org.switchover.transform;

/**
 * Legacy "SURNAME, Forename" names shown as "Forename Surname", the surname in title case.
 * Every letter that follows a non-letter starts a word (O'BRIEN → O'Brien, O’BRIEN → O’Brien,
 * SMITH-JONES → Smith-Jones), and a word starting "Mc" capitalises its third letter
 * (McDONALD or MCDONALD → McDonald).
 */
final class PersonNames {
    private static final char SEPARATOR = ',';

    private PersonNames() {
    }

    static Converted displayName(String raw) {
        if (raw == null) {
            return Converted.absent();
        }
        int comma = raw.indexOf(SEPARATOR);
        if (comma < 0) {
            return Converted.ok(raw);
        }
        String surname = titleCase(raw.substring(0, comma).strip());
        String forename = raw.substring(comma + 1).strip();
        if (surname.isEmpty() && forename.isEmpty()) {
            return Converted.absent();
        }
        if (surname.isEmpty() || forename.isEmpty()) {
            return Converted.ok(surname.isEmpty() ? forename : surname);
        }
        return Converted.ok(forename + ' ' + surname);
    }

    static String titleCase(String name) {
        StringBuilder cased = new StringBuilder(name.length());
        int wordStart = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c)) {
                cased.append(c);
                wordStart = -1;
            } else if (wordStart < 0) {
                wordStart = cased.length();
                cased.append(Character.toTitleCase(c));
            } else if (cased.length() == wordStart + 2 && startsWithMc(cased, wordStart)) {
                cased.append(Character.toUpperCase(c));
            } else {
                cased.append(Character.toLowerCase(c));
            }
        }
        return cased.toString();
    }

    private static boolean startsWithMc(CharSequence text, int wordStart) {
        return text.charAt(wordStart) == 'M' && text.charAt(wordStart + 1) == 'c';
    }
}
