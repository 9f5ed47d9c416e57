package org.switchover.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a legacy code list ("3A,4b, 21", "AUT;HAND") into codes: separated by commas or
 * semicolons, trimmed, upper case, empties dropped, first occurrence kept in order. Repeats are
 * returned separately so the caller can count each one (rule {@code duplicate_code}).
 */
public final class CodeListSplitter {
    private static final CodeList EMPTY = new CodeList(List.of(), List.of());

    private CodeListSplitter() {
    }

    /** The codes of one list, and every repeat of an earlier code (a code given three times repeats twice). */
    public record CodeList(List<String> codes, List<String> duplicates) {
        public CodeList {
            codes = List.copyOf(codes);
            duplicates = List.copyOf(duplicates);
        }

        public boolean isEmpty() {
            return codes.isEmpty();
        }
    }

    /** NULL or blank gives an empty list. */
    public static CodeList split(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        // Lists hold a handful of codes, so a linear contains() beats hashing.
        List<String> codes = new ArrayList<>();
        List<String> duplicates = new ArrayList<>(0);
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || isSeparator(raw.charAt(i))) {
                String code = raw.substring(start, i).strip().toUpperCase(Locale.ROOT);
                if (!code.isEmpty()) {
                    (codes.contains(code) ? duplicates : codes).add(code);
                }
                start = i + 1;
            }
        }
        return new CodeList(codes, duplicates);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';';
    }
}
