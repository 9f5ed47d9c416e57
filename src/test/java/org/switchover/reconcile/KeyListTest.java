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

/** lists/&lt;check&gt;.csv names the side of every key: both, target only or legacy only, a key's first row standing for it. */
class KeyListTest {
    @Test
    void eachKeyIsListedOnceWithTheSideItWasFoundOn(@TempDir Path dir) throws IOException {
        // given a check whose legacy side has keys 1, 2 (twice) and 3, and whose target side has 2 and 4
        CheckDefinition check = new CheckDefinition("open-referrals", "Open referrals", "Head of Service, Testing",
                Status.FAIL, Status.FAIL, CheckType.CUSTOM, Comparison.EQUAL_KEYS, "sql/q.sql", "sql/q.sql", Map.of(), false, 0,
                dir.resolve("open-referrals.yml"), "Every open referral arrives.", "Fix it.", null, null, null, List.of(), List.of());
        SideResult legacy = new SideResult(List.of(row("1", "DCC/1", null), row("2", "DCC/2", null), row("2", "DCC/2b", null),
                row("3", "DCC/3", "unknown_client")), false);
        SideResult target = new SideResult(List.of(row("2", "DCC/2t", null), row("4", "DCC/4", null)), false);
        CheckOutcome outcome = new CheckOutcome(check, Status.FAIL, 3L, 2L, "2 only in legacy, 1 only in target", List.of("1", "3"),
                List.of("4"), List.of(), legacy, target, null);
        ReconciliationResult result = new ReconciliationResult(1, 1, LocalDate.of(2019, 1, 31), null,
                ReconciliationResult.Verdict.NO_GO, List.of(outcome), dir, 0.1, "hash",
                new ReconciliationResult.Provenance("legacy", "target", "mappings", java.time.ZonedDateTime.now()));
        // when the report is written
        new ReportFiles(result, new RunTrend(List.of(), null, null, Map.of()), List.of()).writeAll();
        // then the target's keys come first, each key once with its side, the values of its first row
        assertEquals(List.of("key,side,n,legacy_ref", "2,both,1,DCC/2t", "4,target only,1,DCC/4", "1,legacy only,1,DCC/1",
                "3,legacy only,1,DCC/3"), Files.readAllLines(dir.resolve("lists/open-referrals.csv")));
    }

    @Test
    void valuesAreWrittenAsTheyAreReadWithAColumnOnlyOneSideHasLeftEmpty(@TempDir Path dir) throws IOException {
        // given a check whose target rows carry a team that legacy's do not, with a NULL, a comma, a quote, a formula start,
        // a negative figure and text beyond ASCII among the values
        CheckDefinition check = new CheckDefinition("open-duty-cases", "Open duty cases", "Head of Service, Testing",
                Status.FAIL, Status.FAIL, CheckType.CUSTOM, Comparison.EQUAL_KEYS, "sql/q.sql", "sql/q.sql", Map.of(), false, 0,
                dir.resolve("open-duty-cases.yml"), "Every open duty case arrives.", "Fix it.", null, null, null, List.of(), List.of());
        String[] targetColumns = {"legacy_ref", "team"};
        SideResult target = new SideResult(List.of(
                new SideResult.Row("7", 1, new RowValues(targetColumns, new String[] {"DCC/7", "=HYPERLINK(\"x\")"}), null),
                new SideResult.Row("8", 2, new RowValues(targetColumns, new String[] {null, "Zoë, \"Duty\" ☎"}), null)), false);
        SideResult legacy = new SideResult(List.of(
                new SideResult.Row("8", 1, new RowValues(new String[] {"legacy_ref"}, new String[] {"DCC/8"}), null),
                new SideResult.Row("9", -3, new RowValues(new String[] {"legacy_ref"}, new String[] {"-12"}), null)), false);
        CheckOutcome outcome = new CheckOutcome(check, Status.FAIL, 2L, 3L, "1 only in legacy, 1 only in target", List.of("9"),
                List.of("7"), List.of(), legacy, target, null);
        ReconciliationResult result = new ReconciliationResult(1, 1, LocalDate.of(2019, 1, 31), null,
                ReconciliationResult.Verdict.NO_GO, List.of(outcome), dir, 0.1, "hash",
                new ReconciliationResult.Provenance("legacy", "target", "mappings", java.time.ZonedDateTime.now()));
        // when the report is written
        new ReportFiles(result, new RunTrend(List.of(), null, null, Map.of()), List.of()).writeAll();
        // then each value is the cell CSV gives it, the NULL and the team legacy has not are empty, nothing else changes
        assertEquals(List.of("key,side,n,legacy_ref,team", "7,target only,1,DCC/7,\"'=HYPERLINK(\"\"x\"\")\"",
                "8,both,2,,\"Zoë, \"\"Duty\"\" ☎\"", "9,legacy only,-3,-12,"),
                Files.readAllLines(dir.resolve("lists/open-duty-cases.csv"), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static SideResult.Row row(String key, String legacyRef, String notMigrated) {
        return new SideResult.Row(key, 1, new RowValues(new String[] {"legacy_ref"}, new String[] {legacyRef}), notMigrated);
    }
}
