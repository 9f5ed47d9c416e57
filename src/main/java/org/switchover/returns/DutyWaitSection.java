package org.switchover.returns;

import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.ReportSection;
import org.switchover.reconcile.SideResult;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.switchover.reconcile.ReportSection.escape;

/**
 * Duty waiting times in the report: open duty cases by team and working-day bucket on both sides, then the longest
 * waits first (the target's, each with the legacy side's figure), from the duty-waits check.
 */
public final class DutyWaitSection implements ReportSection {
    static final String CHECK = "duty-waits";
    static final List<String> BUCKETS = List.of("0-5", "6-10", "11-20", ">20", "no referral date");
    /** Waits the page lists; every case is in lists/duty-waits.csv. */
    static final int LONGEST_SHOWN = 25;

    @Override
    public String html(ReconciliationResult result) {
        return Outcomes.of(result, CHECK).map(DutyWaitSection::render).orElse("");
    }

    private static String render(CheckOutcome waits) {
        Map<String, long[]> cells = new TreeMap<>();
        count(waits.legacyRows(), cells, 0);
        count(waits.targetRows(), cells, 1);
        StringBuilder out = new StringBuilder("<section class=\"family\" id=\"duty-waits\"><h2>Duty waiting times (working days)</h2>\n<p>Check: ")
                .append(escape(waits.status().name())).append(". Legacy / target open duty cases per team and bucket.</p>\n<table><tr><th>Team</th>");
        BUCKETS.forEach(b -> out.append("<th>").append(escape(b)).append("</th>"));
        out.append("</tr>\n");
        cells.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().forEach(team -> {
            out.append("<tr><td>").append(escape(team)).append("</td>");
            BUCKETS.forEach(b -> {
                long[] n = cells.getOrDefault(team + "|" + b, new long[2]);
                out.append("<td class=\"num\">").append(n[0]).append(" / ").append(n[1]).append("</td>");
            });
            out.append("</tr>\n");
        });
        out.append("</table>\n<p>Longest waits first (target; legacy in brackets):</p>\n<table><tr><th>Legacy reference</th>"
                + "<th>Referral</th><th>Team</th><th>Working days</th></tr>\n");
        Map<String, SideResult.Row> legacy = waits.legacyRows() == null ? Map.of() : waits.legacyRows().byKey();
        Outcomes.rows(waits.targetRows()).stream().filter(r -> r.values().get("working_days") != null)
                .sorted(Comparator.comparingLong((SideResult.Row r) -> Outcomes.number(r, "working_days")).reversed())
                .limit(LONGEST_SHOWN)
                .forEach(r -> out.append("<tr><td>").append(escape(r.values().get("legacy_ref"))).append("</td><td>").append(escape(r.key()))
                        .append("</td><td>").append(escape(r.values().get("team"))).append("</td><td class=\"num\">")
                        .append(escape(r.values().get("working_days"))).append(" (")
                        .append(legacy.containsKey(r.key()) ? escape(legacy.get(r.key()).values().get("working_days")) : "not in legacy")
                        .append(")</td></tr>\n"));
        return out.append("</table>\n</section>\n").toString();
    }

    private static void count(SideResult side, Map<String, long[]> cells, int index) {
        Outcomes.rows(side).forEach(r -> cells.computeIfAbsent(r.values().get("team") + "|" + r.values().get("bucket"), k -> new long[2])[index]++);
    }

    @Override
    public void writeFiles(ReconciliationResult result) {
        // lists/duty-waits.csv holds every case with its side, team, working days and bucket
    }
}
