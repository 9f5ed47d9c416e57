package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.switchover.reconcile.Html.badge;
import static org.switchover.reconcile.Html.esc;
import static org.switchover.reconcile.Html.text;

/**
 * One check in reconciliation.html: its title and status, what it means and what to do (the check's {@code meaning:}
 * and {@code action:}), the children affected by legacy reference (folded), legacy and target side by side, and its
 * failing records with the owners' decisions.
 */
final class CheckSection {
    /** Lists longer than this start folded. */
    static final int OPEN_LIST_LIMIT = 10;
    /** Items a list shows on the page; the rest are in lists/&lt;check&gt;.csv, so the page stays readable at scale. */
    static final int PAGE_LIST_LIMIT = 500;

    private final JsonNode json;
    private final StringBuilder out;

    CheckSection(JsonNode json, StringBuilder out) {
        this.json = json;
        this.out = out;
    }

    void write(CheckOutcome o) {
        out.append("<section class=\"check\" id=\"check-").append(esc(o.id())).append("\"><h3>").append(esc(o.check().title())).append(' ')
                .append(badge(o.status())).append("</h3>\n");
        out.append("<p class=\"meaning\"><b>What it means:</b> ").append(esc(o.check().meaning())).append("</p>\n");
        if (o.check().rule() != null) {
            out.append("<p class=\"rule\">DfE census rule ").append(esc(o.check().rule())).append(": ").append(esc(o.check().message()))
                    .append("</p>\n");
        }
        if (o.status() != Status.PASS) {
            out.append("<p class=\"action\"><b>What to do:</b> ").append(esc(o.check().action())).append("</p>\n");
        }
        children(o);
        out.append("<p class=\"detail\">").append(esc(o.detail())).append(" <small>(check <code>").append(esc(o.id()))
                .append("</code>)</small></p>\n");
        out.append("<table><tr><th></th><th>Legacy</th><th>Target</th></tr>\n");
        if (o.counts() != null) {
            var c = o.counts();
            row("rows", c.legacyCount(), c.targetCount());
            out.append("<tr><td>read / loaded / excluded / rejected</td><td colspan=\"2\">").append(c.read()).append(" / ")
                    .append(c.loaded()).append(" / ").append(c.excluded()).append(" / ").append(c.rejected()).append("</td></tr>\n");
        } else {
            row("count", o.legacy(), o.target());
            figures(o);
        }
        if (ReportSections.ACTIVE_CP_PLANS.equals(o.check().headline())) {
            JsonNode plans = json.path("activeCpPlans");
            row("excluding plans held for another authority", plans.path("excludingOtherAuthority").path("legacy").asLong(),
                    plans.path("excludingOtherAuthority").path("target").asLong());
            for (String category : ReportSections.CATEGORIES) {
                JsonNode c = plans.path("byLatestCategory").path(category);
                row("latest category " + category, c.path("legacy").asLong(), c.path("target").asLong());
            }
        }
        String csv = "lists/" + o.id() + ".csv";
        out.append("<tr><td>only on this side</td><td>").append(list(o.onlyInLegacy(), csv)).append("</td><td>")
                .append(list(o.onlyInTarget(), csv)).append("</td></tr>\n");
        if (!o.differing().isEmpty()) {
            out.append("<tr><td>on both sides, but different</td><td colspan=\"2\">").append(list(o.differing(), csv)).append("</td></tr>\n");
        }
        out.append("</table>\n");
        findings(o);
        if (ReportSections.OPEN_DUTY_CASES.equals(o.check().headline())) {
            cases();
        }
        out.append("</section>\n");
    }

    /** The children the finding touches, by legacy reference; a check that names none says what it counts instead. */
    private void children(CheckOutcome o) {
        if (o.status() == Status.PASS) {
            return;
        }
        ChildrenAffected.Named named = ChildrenAffected.named(o, PAGE_LIST_LIMIT);
        List<String> refs = named.first();
        if (refs.isEmpty()) {
            out.append("<p class=\"children\"><b>Children affected:</b> not named by this check; ").append(ChildrenAffected.records(o))
                    .append(o.counts() != null ? " rows rejected or missing (each reject in rejects.csv)" : " records")
                    .append(".</p>\n");
            return;
        }
        out.append("<details class=\"children\"").append(named.count() <= OPEN_LIST_LIMIT ? " open" : "").append("><summary><b>Children affected: ")
                .append(named.count()).append("</b> (by legacy reference)</summary><ul class=\"refs\">");
        refs.forEach(ref -> out.append("<li>").append(esc(ref)).append("</li>"));
        if (named.count() > PAGE_LIST_LIMIT) {
            out.append("<li>… and ").append(named.count() - PAGE_LIST_LIMIT).append(" more: see lists/").append(esc(o.id())).append(".csv</li>");
        }
        out.append("</ul></details>\n");
    }

    /** The failing records of a FAIL or ACCEPTED check, each with its reason and the owner's decision. */
    private void findings(CheckOutcome o) {
        if (o.findings().isEmpty()) {
            return;
        }
        out.append("<details").append(o.findings().size() <= OPEN_LIST_LIMIT ? " open" : "").append("><summary>").append(o.findings().size())
                .append(" failing records</summary><table><tr><th>Record</th><th>Legacy reference</th><th>Reason</th><th>Status</th>")
                .append("<th>Decision</th></tr>\n");
        o.findings().stream().limit(PAGE_LIST_LIMIT).forEach(f -> out.append("<tr><td>").append(esc(f.key())).append("</td><td>")
                .append(esc(f.legacyRef())).append("</td><td>").append(esc(f.reason())).append("</td><td>").append(badge(f.status()))
                .append("</td><td>").append(f.decision() == null ? "none" : esc(f.decision().summary())).append("</td></tr>\n"));
        out.append("</table></details>\n");
    }

    private void cases() {
        JsonNode cases = json.path("openDutyCases").path("cases");
        out.append("<details").append(cases.size() <= OPEN_LIST_LIMIT ? " open" : "").append("><summary>")
                .append(cases.size()).append(" open duty cases, with days waiting</summary><table><tr><th>Legacy reference</th>")
                .append("<th>Referral</th><th>Referral date</th><th>Days waiting</th><th>Team</th></tr>\n");
        cases.forEach(c -> out.append("<tr><td>").append(text(c.path("legacyRef"))).append("</td><td>").append(text(c.path("referralId")))
                .append("</td><td>").append(text(c.path("referralDate"))).append("</td><td class=\"num\">").append(text(c.path("daysWaiting")))
                .append("</td><td>").append(text(c.path("team"))).append("</td></tr>\n"));
        out.append("</table></details>\n");
    }

    /**
     * A rule on the whole return (census 2883, 2887Q, 2888Q) gives at most one row a side and names no child: the figures
     * that row carries are the finding, so they are shown side by side ("–" where the side did not raise it).
     */
    private void figures(CheckOutcome o) {
        if (o.legacyRows() == null || o.targetRows() == null || o.legacyRows().size() > 1 || o.targetRows().size() > 1) {
            return;
        }
        java.util.Map<String, String> legacy = o.legacyRows().size() == 1 ? o.legacyRows().rows().get(0).values() : java.util.Map.of();
        java.util.Map<String, String> target = o.targetRows().size() == 1 ? o.targetRows().rows().get(0).values() : java.util.Map.of();
        java.util.Set<String> columns = new java.util.LinkedHashSet<>(legacy.keySet());
        columns.addAll(target.keySet());
        if (columns.contains(ChildrenAffected.LEGACY_REF)) {
            return; // a check on children: its rows are in the list, by legacy reference
        }
        o.check().personal().forEach(columns::remove);
        for (String column : columns) {
            out.append("<tr><td>").append(esc(column.replace('_', ' '))).append("</td><td class=\"num\">")
                    .append(esc(legacy.getOrDefault(column, "–"))).append("</td><td class=\"num\">")
                    .append(esc(target.getOrDefault(column, "–"))).append("</td></tr>\n");
        }
    }

    private void row(String label, Long legacy, Long target) {
        out.append("<tr><td>").append(esc(label)).append("</td><td class=\"num\">").append(legacy == null ? "–" : legacy)
                .append("</td><td class=\"num\">").append(target == null ? "–" : target).append("</td></tr>\n");
    }

    private static String list(List<String> items, String csv) {
        if (items.isEmpty()) {
            return "none";
        }
        StringBuilder list = new StringBuilder("<details").append(items.size() <= OPEN_LIST_LIMIT ? " open" : "")
                .append("><summary>").append(items.size()).append("</summary><ul>");
        items.stream().limit(PAGE_LIST_LIMIT).forEach(i -> list.append("<li>").append(esc(i)).append("</li>"));
        if (items.size() > PAGE_LIST_LIMIT) {
            list.append("<li>… and ").append(items.size() - PAGE_LIST_LIMIT).append(" more: see ").append(esc(csv)).append("</li>");
        }
        return list.append("</ul></details>").toString();
    }
}
