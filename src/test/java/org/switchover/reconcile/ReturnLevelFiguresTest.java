package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A census rule on the whole return names no child: the report shows the figures its one row a side carries. */
class ReturnLevelFiguresTest {
    @Test
    void aRuleOnTheWholeReturnShowsItsFiguresSideBySide(@TempDir Path dir) throws IOException {
        // given census 2883 raised on the target only: 16 plans against 4 conferences, legacy not raised
        CheckDefinition check = new CheckDefinition("census-2883", "Census 2883: more CP plans start than conferences", "Head of Service, Testing",
                Status.FAIL, Status.WARN, CheckType.CUSTOM, Comparison.EQUAL_KEYS, "sql/q.sql", "sql/q.sql", Map.of(), false, 0,
                dir.resolve("census-2883.yml"), "More plans start than conferences are held.", "Call the migration lead.", null, "2883",
                "There are more child protection plans starting than initial conferences taking place", List.of(), List.of());
        String[] columns = {"plans_starting", "conferences"};
        SideResult target = new SideResult(List.of(new SideResult.Row("2018-04-01..2019-03-31", 1,
                new RowValues(columns, new String[] {"16", "4"}), null)), false);
        SideResult legacy = new SideResult(List.of(), false);
        CheckOutcome outcome = new CheckOutcome(check, Status.FAIL, 0L, 1L, "0 only in legacy, 1 only in target", List.of(),
                List.of("2018-04-01..2019-03-31"), List.of(), legacy, target, null);
        ReconciliationResult result = new ReconciliationResult(1, 1, LocalDate.of(2019, 1, 31), null,
                ReconciliationResult.Verdict.NO_GO, List.of(outcome), dir, 0.1, "hash",
                new ReconciliationResult.Provenance("legacy", "target", "mappings", java.time.ZonedDateTime.now()));
        // when the report is written
        new ReportFiles(result, new RunTrend(List.of(), null, null, Map.of()), List.of()).writeAll();
        // then the check's table shows each figure, "–" on the side that did not raise the rule
        String html = Files.readString(dir.resolve("reconciliation.html"));
        assertTrue(html.contains("<tr><td>plans starting</td><td class=\"num\">–</td><td class=\"num\">16</td></tr>"), html);
        assertTrue(html.contains("<tr><td>conferences</td><td class=\"num\">–</td><td class=\"num\">4</td></tr>"), html);
    }

    @Test
    void aCheckOnChildrenShowsNoFiguresRow(@TempDir Path dir) throws IOException {
        // given a check that found one child on each side (its row names the child)
        CheckDefinition check = new CheckDefinition("census-8815", "Census 8815", "Head of Service, Testing",
                Status.FAIL, Status.WARN, CheckType.CUSTOM, Comparison.EQUAL_KEYS, "sql/q.sql", "sql/q.sql", Map.of(), false, 0,
                dir.resolve("census-8815.yml"), "Two open episodes.", "Fix before the first return.", null, "8815", "More than one open episode",
                List.of(), List.of());
        String[] columns = {"legacy_ref", "episodes"};
        SideResult side = new SideResult(List.of(new SideResult.Row("12", 1, new RowValues(columns, new String[] {"DCC/0000012", "2"}), null)), false);
        CheckOutcome outcome = new CheckOutcome(check, Status.WARN, 1L, 1L, "1 on both sides, the same", List.of(), List.of(), List.of(),
                side, side, null);
        ReconciliationResult result = new ReconciliationResult(1, 1, LocalDate.of(2019, 1, 31), null, ReconciliationResult.Verdict.GO,
                List.of(outcome), dir, 0.1, "hash", new ReconciliationResult.Provenance("legacy", "target", "mappings",
                java.time.ZonedDateTime.now()));
        // when the report is written
        new ReportFiles(result, new RunTrend(List.of(), null, null, Map.of()), List.of()).writeAll();
        // then the child is named by legacy reference and its values stay in the list, not in a figures row
        String html = Files.readString(dir.resolve("reconciliation.html"));
        assertTrue(html.contains("<li>DCC/0000012</li>"), html);
        assertFalse(html.contains("<tr><td>episodes</td>"), html);
    }
}
