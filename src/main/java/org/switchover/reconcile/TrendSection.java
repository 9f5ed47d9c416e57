package org.switchover.reconcile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.switchover.reconcile.Html.esc;

/**
 * "Since the last run": what changed from the previous run of this kind (verdict, each check whose status changed, the
 * figures, each legacy value whose census code changed) and the trend of FAIL, WARN, rejected rows and missing fields across the recent runs, as small bar charts.
 */
final class TrendSection {
    private final ReconciliationResult result;
    private final RunTrend trend;
    private final StringBuilder out;
    private final List<Crosswalks.Crosswalk> crosswalks;

    TrendSection(ReconciliationResult result, RunTrend trend, List<Crosswalks.Crosswalk> crosswalks, StringBuilder out) {
        this.result = result;
        this.trend = trend;
        this.crosswalks = crosswalks;
        this.out = out;
    }

    void write() {
        out.append("<h2 id=\"since-last-run\">Since the last run</h2>\n");
        if (trend.previousRunId() == null) {
            out.append("<p>This is the first reconciled run of its kind on this target: nothing to compare with.</p>\n");
            return;
        }
        RunTrend.Point now = trend.points().get(trend.points().size() - 1);
        RunTrend.Point before = trend.points().get(trend.points().size() - 2);
        out.append("<p>Compared with run ").append(before.runId()).append(" (verdict ").append(esc(before.verdict()))
                .append("): FAIL ").append(change(before.fails(), now.fails())).append(", WARN ").append(change(before.warns(), now.warns()))
                .append(", rows rejected ").append(change(before.rejects(), now.rejects())).append(", missing mandatory fields ")
                .append(change(before.missing(), now.missing())).append(".</p>\n");
        Set<String> ids = new LinkedHashSet<>(trend.previousStatuses().keySet());
        result.outcomes().forEach(o -> ids.add(o.id()));
        StringBuilder rows = new StringBuilder();
        for (String id : ids) {
            String was = trend.previousStatuses().get(id);
            String is = result.outcomes().stream().filter(o -> o.id().equals(id)).map(o -> o.status().name()).findFirst().orElse(null);
            if (!Objects.equals(was, is)) {
                rows.append("<tr><td>").append(is == null ? esc(id) : "<a href=\"#check-" + esc(id) + "\">" + esc(id) + "</a>")
                        .append("</td><td>").append(was == null ? "(new check)" : badgeOf(was)).append("</td><td>")
                        .append(is == null ? "(check removed)" : badgeOf(is)).append("</td></tr>\n");
            }
        }
        if (rows.isEmpty()) {
            out.append("<p id=\"status-changes\">No check changed its status.</p>\n");
        } else {
            out.append("<table id=\"status-changes\"><tr><th>Check</th><th>Run ").append(before.runId()).append("</th><th>This run</th></tr>\n")
                    .append(rows).append("</table>\n");
        }
        repointed(before.runId());
        List<String> runs = trend.points().stream().map(p -> String.valueOf(p.runId())).toList();
        out.append("<figure id=\"trend\">")
                .append(SvgCharts.series("FAIL checks", runs, trend.points().stream().map(RunTrend.Point::fails).toList(), "#c62828"))
                .append(SvgCharts.series("WARN checks", runs, trend.points().stream().map(RunTrend.Point::warns).toList(), "#a15c00"))
                .append(SvgCharts.series("Rows rejected", runs, trend.points().stream().map(RunTrend.Point::rejects).toList(),
                        SvgCharts.REJECTED_COLOUR))
                .append(SvgCharts.series("Missing fields", runs, trend.points().stream().map(RunTrend.Point::missing).toList(),
                        SvgCharts.LEGACY_COLOUR))
                .append("<figcaption>The last ").append(runs.size()).append(" runs of this kind on this target, this one last.</figcaption></figure>\n");
    }

    /** Each legacy value of a crosswalk that both runs have whose census code changed: a changed code map, line by line. */
    private void repointed(long runBefore) {
        StringBuilder items = new StringBuilder();
        for (Crosswalks.Crosswalk c : crosswalks) {
            for (Crosswalks.Value v : c.values()) {
                String was = trend.previousCodes().get(c.place() + " '" + v.legacyValue() + "'");
                String is = v.code() == null ? RunTrend.NO_CODE : v.code();
                if (was != null && !was.equals(is)) {
                    items.append("<li>").append(esc(c.codeMap() + ": " + c.legacyTable() + "." + c.legacyColumn() + " → " + c.targetTable()
                            + "." + c.targetColumn() + " '" + v.legacyValue() + "': " + was + " → " + is)).append(" (")
                            .append(v.rows()).append(" legacy rows)</li>\n");
                }
            }
        }
        if (items.isEmpty()) {
            out.append("<p id=\"crosswalk-changes\">No legacy value maps to another census code than in run ").append(runBefore).append(".</p>\n");
        } else {
            out.append("<p>Legacy values that map to another census code than in run ").append(runBefore)
                    .append(" (check them in the crosswalks below):</p>\n<ul id=\"crosswalk-changes\">\n").append(items).append("</ul>\n");
        }
    }

    private static String change(long before, long now) {
        return before == now ? before + " (unchanged)" : before + " → " + now;
    }

    private static String badgeOf(String status) {
        return Html.badge(Status.valueOf(status));
    }
}
