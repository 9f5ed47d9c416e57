package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * reconciliation.html: one self-contained page (inline CSS, no scripts, nothing fetched) with a verdict
 * banner, the go-live date and days left, a summary, and a section per check with legacy and target side
 * by side; long lists are folded in {@code <details>}.
 */
final class HtmlReport {
    /** Lists longer than this start folded. */
    private static final int OPEN_LIST_LIMIT = 10;
    /** Items a list shows on the page; the rest are in lists/&lt;check&gt;.csv, so the page stays readable at scale. */
    private static final int PAGE_LIST_LIMIT = 500;
    private static final String STYLE = """
            body{font-family:system-ui,Arial,sans-serif;margin:2em;color:#222;max-width:70em}
            .banner{padding:1em 1.5em;font-size:1.6em;font-weight:bold;border-radius:6px;color:#fff}
            .GO{background:#2e7d32}.NO_GO{background:#c62828}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}
            th{background:#eee}.num{text-align:right}
            .status{font-weight:bold;padding:0 .4em;border-radius:3px}
            .PASS{color:#2e7d32}.WARN{color:#a15c00}.FAIL{color:#c62828}.ACCEPTED{color:#1565c0}
            section{border-top:2px solid #ddd;margin-top:1.5em}
            details{margin:.3em 0}summary{cursor:pointer}
            """;

    /** The headlines' label, JSON section and key field, in the order the not-migrated list shows them. */
    private static final List<String[]> HEADLINE_SECTIONS = List.of(new String[] {"Open duty cases", "openDutyCases", "referralId"},
            new String[] {"Open referrals", "openReferrals", "referralId"}, new String[] {"Active CP plans", "activeCpPlans", "planId"});

    private final ReconciliationResult result;
    private final ObjectNode json;
    private final StringBuilder out = new StringBuilder();

    HtmlReport(ReconciliationResult result, ObjectNode json) {
        this.result = result;
        this.json = json;
    }

    String render() {
        String verdict = result.go() ? "GO" : "NO GO";
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reconciliation: ")
                .append(verdict).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<div class=\"banner ").append(result.verdict().name()).append("\" id=\"verdict\">Verdict: ").append(verdict).append("</div>\n");
        out.append("<p id=\"go-live\">Go-live date: <b>").append(text(json.path("goLiveDate")))
                .append("</b>; days left: <b>").append(text(json.path("daysToGoLive")))
                .append("</b> (counted from the extract date ").append(esc(result.asOf().toString()))
                .append("). Run ").append(result.runId()).append(".</p>\n");
        out.append("<p>GO only when no check fails. PASS: both sides agree. WARN: both sides agree on a finding the legacy data "
                + "already had (carried over faithfully). FAIL: the migration lost or changed something. ACCEPTED: it failed, and a "
                + "data owner decided on every failing record (rekey or accept).</p>\n");
        notMigrated();
        headlines();
        summary();
        ReportSection.all().forEach(section -> out.append(section.html(result)));
        for (CheckOutcome o : result.outcomes()) {
            section(o);
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    /** First of all: every headline record legacy holds that the target does not, a child whose case would vanish. */
    private void notMigrated() {
        List<String[]> records = new java.util.ArrayList<>();
        for (String[] headline : HEADLINE_SECTIONS) {
            json.path(headline[1]).path("notMigrated").forEach(r -> records.add(new String[] {headline[0],
                    text(r.path(headline[2])), text(r.path("legacyRef")), text(r.path("reason")), text(r.path("status")),
                    decision(r.path("exception"))}));
        }
        out.append("<h2 id=\"not-migrated\">Not migrated: ").append(records.size()).append(" headline record")
                .append(records.size() == 1 ? "" : "s").append("</h2>\n");
        if (records.isEmpty()) {
            out.append("<p>Every open duty case, open referral and active plan that legacy holds is in the target.</p>\n");
            return;
        }
        out.append("<p>Each is a child whose case would not arrive: it fails its check until the legacy data is fixed "
                + "(then a new dry run) or its owner records a decision (<code>switchover exception</code>).</p>\n")
                .append("<table id=\"not-migrated-records\"><tr><th>Headline</th><th>Record</th><th>Legacy reference</th>")
                .append("<th>Reason</th><th>Status</th><th>Decision</th></tr>\n");
        records.forEach(r -> out.append("<tr><td>").append(esc(r[0])).append("</td><td>").append(r[1]).append("</td><td>").append(r[2])
                .append("</td><td>").append(r[3]).append("</td><td>").append(r[4]).append("</td><td>").append(r[5]).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    /** The figures a head of service asks first, before the list of checks: legacy = migrated + not migrated. */
    private void headlines() {
        JsonNode duty = json.path("openDutyCases");
        JsonNode referrals = json.path("openReferrals");
        JsonNode plans = json.path("activeCpPlans");
        out.append("<h2>Headlines</h2><table id=\"headlines\"><tr><th></th><th>Legacy</th><th>Migrated</th><th>Not migrated</th>")
                .append("<th>Target</th><th>Status</th></tr>\n");
        headline("Open duty cases", duty.path("legacy"), duty, duty.path("target"), duty.path("status"));
        headline("Open referrals", referrals.path("legacy"), referrals, referrals.path("target"), referrals.path("status"));
        headline("Active child protection plans", plans.path("legacy"), plans, plans.path("target"), plans.path("status"));
        headline("Active plans excluding other authorities' children", plans.path("excludingOtherAuthority").path("legacy"),
                null, plans.path("excludingOtherAuthority").path("target"), plans.path("status"));
        out.append("</table>\n<p>").append(result.outcomes().size()).append(" checks: ").append(count(Status.FAIL)).append(" FAIL, ")
                .append(count(Status.ACCEPTED)).append(" ACCEPTED, ").append(count(Status.WARN)).append(" WARN.</p>\n");
    }

    private long count(Status status) {
        return result.outcomes().stream().filter(o -> o.status() == status).count();
    }

    private void headline(String label, JsonNode legacy, JsonNode split, JsonNode target, JsonNode status) {
        out.append("<tr><td>").append(esc(label)).append("</td><td class=\"num\">").append(text(legacy))
                .append("</td><td class=\"num\">").append(split == null ? "–" : text(split.path("migrated")))
                .append("</td><td class=\"num\">").append(split == null ? "–" : String.valueOf(split.path("notMigrated").size()))
                .append("</td><td class=\"num\">").append(text(target)).append("</td><td>")
                .append(status.isMissingNode() ? "–" : badge(Status.valueOf(status.asText()))).append("</td></tr>\n");
    }

    /** "accept by NAME (ROLE): reason", or "none". */
    private static String decision(JsonNode exception) {
        return exception.isNull() || exception.isMissingNode() ? "none" : esc(exception.path("decision").asText() + " by "
                + exception.path("owner").asText() + " (" + exception.path("role").asText() + "): " + exception.path("reason").asText());
    }

    private void summary() {
        out.append("<h2>Checks</h2><table><tr><th>Check</th><th>Owner (signs)</th><th>Status</th><th>Legacy</th><th>Target</th></tr>\n");
        for (CheckOutcome o : result.outcomes()) {
            out.append("<tr><td><a href=\"#check-").append(esc(o.id())).append("\">").append(esc(o.check().title())).append("</a></td><td>")
                    .append(esc(o.check().owner())).append("</td><td>").append(badge(o.status())).append("</td><td class=\"num\">")
                    .append(o.legacy() == null ? "–" : o.legacy()).append("</td><td class=\"num\">").append(o.target()).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void section(CheckOutcome o) {
        out.append("<section id=\"check-").append(esc(o.id())).append("\"><h3>").append(esc(o.check().title())).append(' ')
                .append(badge(o.status())).append("</h3>\n<p>Owner: ").append(esc(o.check().owner())).append(". ")
                .append(esc(o.detail())).append("</p>\n");
        if (o.check().rule() != null) {
            out.append("<p>DfE census rule ").append(esc(o.check().rule())).append(": ").append(esc(o.check().message())).append("</p>\n");
        }
        out.append("<table><tr><th></th><th>Legacy</th><th>Target</th></tr>\n");
        if (o.counts() != null) {
            var c = o.counts();
            row("rows", c.legacyCount(), c.targetCount());
            out.append("<tr><td>read / loaded / excluded / rejected</td><td colspan=\"2\">").append(c.read()).append(" / ")
                    .append(c.loaded()).append(" / ").append(c.excluded()).append(" / ").append(c.rejected()).append("</td></tr>\n");
        } else {
            row("count", o.legacy(), o.target());
        }
        if (ReportSections.ACTIVE_CP_PLANS.equals(o.id())) {
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
        if (o.targetRows() != null && o.counts() == null) {
            out.append("<tr><td>found</td><td>").append(o.legacyRows() == null ? "–" : list(keys(o.legacyRows()), csv))
                    .append("</td><td>").append(list(keys(o.targetRows()), csv)).append("</td></tr>\n");
        }
        out.append("</table>\n");
        findings(o);
        if (ReportSections.OPEN_DUTY_CASES.equals(o.id())) {
            cases();
        }
        out.append("</section>\n");
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

    /** A list's keys, with the legacy reference beside the key when the rows carry one. */
    private static List<String> keys(SideResult rows) {
        return rows.rows().stream().map(r -> r.values().containsKey("legacy_ref") && !r.key().equals(r.values().get("legacy_ref"))
                ? r.key() + " (" + r.values().get("legacy_ref") + ")" : rows.grouped() ? r.key() + ": " + r.n() : r.key()).toList();
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

    private static String badge(Status status) {
        return "<span class=\"status " + status.name() + "\">" + status.name() + "</span>";
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "–" : esc(node.asText());
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
