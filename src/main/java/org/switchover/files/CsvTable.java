package org.switchover.files;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV text (RFC 4180: a cell with a comma, quote or line break is quoted) that a spreadsheet opens as data.
 * A cell that starts with {@code = + - @}, a tab or a carriage return would be read as a formula, and a
 * legacy value (a team code, a reference typed by a user) can start that way: such a cell is written
 * with a leading {@code '}, which spreadsheets take as "text follows". A plain negative figure (-12,
 * -0.5) is a number, not a formula, and stays as it is so that it still sums.
 */
public final class CsvTable {
    /** The characters that make a spreadsheet evaluate a cell. */
    static final String FORMULA_STARTS = "=+-@\t\r";
    /** What goes before a cell that would otherwise be a formula. */
    static final char TEXT_MARK = '\'';
    private static final Pattern NEGATIVE_FIGURE = Pattern.compile("-\\d+(\\.\\d+)?");

    private CsvTable() {
    }

    /** The header line and one line per row, each ending in a line feed; a null cell is empty. */
    public static String text(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** Appends one line (the header or a row) as {@link #text} writes it, for a table written as it is read. */
    public static void writeLine(Appendable out, List<String> cells) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        line(line, cells);
        out.append(line);
    }

    /** One cell as written: formula-safe, then quoted when it must be. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = startsAFormula(value) ? TEXT_MARK + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsAFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NEGATIVE_FIGURE.matcher(value).matches();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
    }
}
