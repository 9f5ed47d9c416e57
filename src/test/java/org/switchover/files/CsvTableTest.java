package org.switchover.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** CSV cells a spreadsheet would run as formulas get a leading ', figures and plain text stay as they are. */
class CsvTableTest {
    /** A legacy value, and the cell it must become. */
    static Stream<Arguments> cells() {
        return Stream.of(
                // each formula start is marked as text, quoted where RFC 4180 needs it
                arguments("=1+2", "'=1+2"),
                arguments("+SUM(A1)", "'+SUM(A1)"),
                arguments("-2+3", "'-2+3"),
                arguments("@A1", "'@A1"),
                arguments("\tDCC/1", "'\tDCC/1"),
                arguments("\rDCC/2", "\"'\rDCC/2\""),
                arguments("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
                arguments("-", "'-"),
                arguments("-1e3", "'-1e3"),
                // figures, plain text and empty cells stay as they are
                arguments("-12", "-12"),
                arguments("-0.5", "-0.5"),
                arguments("12", "12"),
                arguments("DCC/0004512", "DCC/0004512"),
                arguments("a=b", "a=b"),
                arguments(" =1", " =1"),
                arguments("a,b", "\"a,b\""),
                arguments("line\nend", "\"line\nend\""),
                arguments("", ""),
                arguments(null, ""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void aCellIsWrittenSafeForSpreadsheets(String value, String expected) {
        // given a value, when written as a cell, then it is the expected text
        assertEquals(expected, CsvTable.cell(value));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void theLineWriterWritesEveryCellAsTheTableDoes(String value, String expected) throws IOException {
        // given a value, when written from its UTF-8 bytes as a one-cell line, then it is the table's cell and a line feed
        assertEquals(expected + "\n", written(writer -> writer.cell(value).endLine()));
    }

    @Test
    void theLineWriterGivesTheTablesBytesForAnyText() throws IOException {
        // given rows of text beyond ASCII, figures, formula starts, quotes and a cell longer than the writer's buffer
        List<List<String>> rows = List.of(
                Arrays.asList("Zoë \"Ζ\", 😀", "-3.25", "-3.", "-.5", "=1", null, ""),
                Arrays.asList("+44 ☎", "a\r\nb", "\u0085\u2028", "-0", "@", "x".repeat(70_000) + ",", "-12a"));
        // when the line writer writes them cell by cell, from bytes within a larger array
        String written = written(writer -> {
            for (List<String> row : rows) {
                for (String cell : row) {
                    if (cell == null) {
                        writer.nullCell();
                    } else {
                        byte[] utf8 = ("«" + cell + "»").getBytes(StandardCharsets.UTF_8);
                        writer.cell(utf8, 2, utf8.length - 4);
                    }
                }
                writer.endLine();
            }
        });
        // then it is the table's text, byte for byte
        assertEquals(CsvTable.text(List.of(), rows).substring(1), written);
    }

    /** What a line writer gives for {@code lines}, as UTF-8. */
    private static String written(LineBody lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineWriter writer = new CsvLineWriter(bytes)) {
            lines.write(writer);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface LineBody {
        void write(CsvLineWriter writer) throws IOException;
    }

    @Test
    void aTableIsItsHeaderAndRowsEachEndingInALineFeed() {
        String text = CsvTable.text(List.of("legacyRef", "team"), List.of(List.of("=1+2", "DUTY-C"), Arrays.asList(null, "@T")));
        assertEquals("legacyRef,team\n'=1+2,DUTY-C\n,'@T\n", text);
    }
}
