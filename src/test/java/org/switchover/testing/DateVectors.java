package org.switchover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared date test vectors of src/test/resources/dates/*.csv, read the same way by the Java transform tests and
 * the SQL fragment tests, so the two implementations of the date rules are held to one list.
 * A line is {@code "input", as-of, expected, covers}; see the files' headers.
 */
public final class DateVectors {
    public static final Path FREE_TEXT_DATES = Path.of("src", "test", "resources", "dates", "free-text-dates.csv");
    public static final Path LEGACY_DATES = Path.of("src", "test", "resources", "dates", "legacy-dates.csv");
    /** The expected value of a NULL input: NULL, and no loss. */
    public static final String NULL = "NULL";

    private DateVectors() {
    }

    /**
     * One vector: input text (null for a NULL column value), the as-of date, and the expectation: a date, or
     * {@link #NULL}, or the name of a loss kind (the value becomes NULL and counts as lossy).
     */
    public record Vector(int line, String input, LocalDate asOf, String expected, String covers) {
        /** The expected date, or null when the value must become NULL. */
        public LocalDate expectedDate() {
            return Character.isDigit(expected.charAt(0)) ? LocalDate.parse(expected) : null;
        }

        /** The expected loss kind's name, or null when nothing is lost. */
        public String expectedLoss() {
            return expectedDate() != null || NULL.equals(expected) ? null : expected;
        }

        @Override
        public String toString() {
            return "line " + line + " " + (input == null ? "NULL" : '"' + escaped(input) + '"') + " as of " + asOf
                    + " (" + covers + ")";
        }
    }

    public static List<Vector> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the date vectors " + file, e);
        }
        List<Vector> vectors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                vectors.add(parse(file, i + 1, line));
            }
        }
        return vectors;
    }

    private static Vector parse(Path file, int number, String line) {
        String input;
        String rest;
        if (line.startsWith("\"")) {
            int close = closingQuote(line);
            if (close < 0) {
                throw new IllegalArgumentException(file + ":" + number + ": the input has no closing quote");
            }
            input = unescaped(line.substring(1, close));
            rest = line.substring(close + 1);
        } else if (line.startsWith(NULL + ",")) {
            input = null;
            rest = line.substring(NULL.length());
        } else {
            throw new IllegalArgumentException(file + ":" + number + ": the input must be quoted text or NULL");
        }
        String[] fields = rest.split(",", 4);
        if (fields.length != 4 || !fields[0].isBlank()) {
            throw new IllegalArgumentException(file + ":" + number + ": expected \"input\", as-of, expected, covers");
        }
        return new Vector(number, input, LocalDate.parse(fields[1].strip()), fields[2].strip(), fields[3].strip());
    }

    private static int closingQuote(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return out.toString();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
