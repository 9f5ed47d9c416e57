package org.switchover.files;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV cells a spreadsheet would run as formulas get a leading ', figures and plain text stay as they are. */
class CsvTableTest {
    @Test
    void aCellThatStartsAFormulaIsMarkedAsText() {
        // given cells that start with each formula character, one with quotes and one with a line end
        // when written, then each gets a leading ' (and quotes where RFC 4180 needs them)
        assertEquals("'=1+2", CsvTable.cell("=1+2"));
        assertEquals("'+SUM(A1)", CsvTable.cell("+SUM(A1)"));
        assertEquals("'-2+3", CsvTable.cell("-2+3"));
        assertEquals("'@A1", CsvTable.cell("@A1"));
        assertEquals("'\tDCC/1", CsvTable.cell("\tDCC/1"));
        assertEquals("\"'\rDCC/2\"", CsvTable.cell("\rDCC/2"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvTable.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'-", CsvTable.cell("-"));
        assertEquals("'-1e3", CsvTable.cell("-1e3"));
    }

    @Test
    void figuresTextAndEmptyCellsStayAsTheyAre() {
        assertEquals("-12", CsvTable.cell("-12"));
        assertEquals("-0.5", CsvTable.cell("-0.5"));
        assertEquals("12", CsvTable.cell("12"));
        assertEquals("DCC/0004512", CsvTable.cell("DCC/0004512"));
        assertEquals("a=b", CsvTable.cell("a=b"));
        assertEquals(" =1", CsvTable.cell(" =1"));
        assertEquals("\"a,b\"", CsvTable.cell("a,b"));
        assertEquals("\"line\nend\"", CsvTable.cell("line\nend"));
        assertEquals("", CsvTable.cell(""));
        assertEquals("", CsvTable.cell(null));
    }

    @Test
    void aTableIsItsHeaderAndRowsEachEndingInALineFeed() {
        String text = CsvTable.text(List.of("legacyRef", "team"), List.of(List.of("=1+2", "DUTY-C"), Arrays.asList(null, "@T")));
        assertEquals("legacyRef,team\n'=1+2,DUTY-C\n,'@T\n", text);
    }
}
