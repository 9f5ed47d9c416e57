package org.switchover.files;

import java.util.List;

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

    private CsvTable() {
    }

    /** The header line and one line per row, each ending in a line feed; a null cell is empty. */
    public static String text(List<String> header, List<List<String>> rows) {
        return written(out -> {
            out.line(header);
            for (List<String> row : rows) {
                out.line(row);
            }
        });
    }

    /** One cell as written: formula-safe, then quoted when it must be (the rules are {@link CsvLineWriter}'s). */
    static String cell(String value) {
        return written(out -> out.cell(value));
    }

    /** What a line writer writes, in memory. */
    private static String written(CsvLineWriter.Lines<RuntimeException> lines) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CsvLineWriter out = new CsvLineWriter(bytes)) {
            lines.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a byte array cannot fail to be written", e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
