package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check's personal: columns are compared but never written: no report file shows a date of birth a check compared. */
class PersonalColumnsTest {
    @Test
    void aPersonalColumnIsLeftOutOfTheListsAndEveryReportFile(@TempDir Path dir) throws IOException {
        // given a census check that compared a date of birth, found the same child on both sides
        CheckDefinition check = new CheckDefinition("census-8606", "Referral long before birth", "Head of Service, Testing",
                Status.FAIL, Status.WARN, CheckType.CUSTOM, Comparison.EQUAL_KEYS, "sql/q.sql", "sql/q.sql", Map.of(), true, 0,
                dir.resolve("census-8606.yml"), "Referrals made long before the child's birth.", "Fix before the first return.", null, "8606",
                "Child referral date is more than 40 weeks before DOB", List.of("dob"), List.of());
        String[] columns = {"legacy_ref", "referral_date", "dob"};
        SideResult side = new SideResult(List.of(new SideResult.Row("12", 1,
                new RowValues(columns, new String[] {"DCC/0000012", "2010-01-05", "2011-04-03"}), null)), false);
        CheckOutcome outcome = new CheckOutcome(check, Status.WARN, 1L, 1L, "1 on both sides, the same", List.of(), List.of(),
                List.of(), side, side, null);
        ReconciliationResult result = new ReconciliationResult(1, 1, LocalDate.of(2019, 1, 31), null,
                ReconciliationResult.Verdict.GO, List.of(outcome), dir, 0.1, "hash",
                new ReconciliationResult.Provenance("legacy", "target", "mappings", java.time.ZonedDateTime.now()));
        // when the report is written
        new ReportFiles(result, new RunTrend(List.of(), null, null, Map.of()), List.of()).writeAll();
        // then the check's list shows the record and its other values, not the date of birth
        List<String> list = Files.readAllLines(dir.resolve("lists/census-8606.csv"));
        assertEquals(List.of("key,side,n,legacy_ref,referral_date", "12,both,1,DCC/0000012,2010-01-05"), list);
        // and no file of the report holds it
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("2011-04-03"), file.toString());
            }
        }
        assertTrue(Files.readString(dir.resolve("reconciliation.html")).contains("DfE census rule 8606"));
    }
}
