package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.switchover.reconcile.Html.badge;
import static org.switchover.reconcile.Html.esc;
import static org.switchover.reconcile.Html.role;
import static org.switchover.reconcile.Html.text;

/**
 * reconciliation.html, written for the owners who sign it: one self-contained page (inline CSS and SVG, no script,
 * nothing fetched) that prints. From the top: the verdict; what the signer is signing (run, databases, time, hashes,
 * accepted exceptions); the headline records not migrated; the headlines, each with one explained status, and their
 * bars; what changed since the last run, with the trend; then one section per owner role with its service area's funnel
 * and its checks, FAIL first; last, the code crosswalks.
 */
final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,Arial,sans-serif;margin:2em;color:#222;max-width:70em}
            .banner{padding:1em 1.5em;font-size:1.6em;font-weight:bold;border-radius:6px;color:#fff}
            .GO{background:#2e7d32}.NO_GO{background:#c62828}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#eee}.num{text-align:right}
            .status{font-weight:bold;padding:0 .4em;border-radius:3px}
            .PASS{color:#2e7d32}.WARN{color:#a15c00}.FAIL{color:#c62828}.ACCEPTED{color:#1565c0}
            .owner{border-top:4px solid #5c6bc0;margin-top:2em}.check{border-top:1px solid #ddd;margin-top:1em}
            .role{font-weight:bold}.hash{font-family:monospace;word-break:break-all}
            ul.refs{columns:4 10em}details{margin:.3em 0}summary{cursor:pointer}svg{max-width:100%;height:auto}
            @media print{body{margin:0;max-width:none}.banner,.status,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            h2,h3{break-after:avoid}.owner{break-before:page}tr,svg{break-inside:avoid}}
            """;

    private final ReconciliationResult result;
    private final ObjectNode json;
    private final RunTrend trend;
    private final List<Crosswalks.Crosswalk> crosswalks;
    private final StringBuilder out = new StringBuilder();

    HtmlReport(ReconciliationResult result, ObjectNode json, RunTrend trend, List<Crosswalks.Crosswalk> crosswalks) {
        this.result = result;
        this.json = json;
        this.trend = trend;
        this.crosswalks = crosswalks;
    }

    String render() {
        String verdict = result.partial() != null ? "NO GO (PARTIAL, never signable)" : result.go() ? "GO" : "NO GO";
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reconciliation: ")
                .append(verdict).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        if (result.partial() != null) {
            out.append("<div class=\"banner NO_GO\" id=\"partial\">NEVER SIGNABLE. ").append(esc(result.partial())).append("</div>\n");
        }
        out.append("<div class=\"banner ").append(result.verdict().name()).append("\" id=\"verdict\">Verdict: ").append(verdict).append("</div>\n");
        java.util.Map<String, Long> childrenAffected = new java.util.HashMap<>();
        json.path("checks").forEach(c -> childrenAffected.put(c.path("id").asText(), c.path("childrenAffected").asLong()));
        List<OwnerView> owners = OwnerView.of(result.outcomes(), childrenAffected);
        firstToRead(owners);
        goLive();
        new SigningSection(result, out).write();
        notMigrated();
        new HeadlineSection(result, json, out).write();
        new TrendSection(result, trend, crosswalks, out).write();
        ownerIndex(owners);
        CheckSection checks = new CheckSection(json, out);
        for (OwnerView owner : owners) {
            ownerSection(owner, checks);
        }
        // the families' own sections (Annex A, caseloads, duty waits) after the checks, so a failing check stays near the top
        ReportSection.all().forEach(section -> out.append(section.html(result)));
        CrosswalkReport.html(out, crosswalks);
        out.append("</body></html>\n");
        return out.toString();
    }

    /** Under the verdict: how many checks fail, and a link straight to the first, so nobody scrolls to find it. */
    private void firstToRead(List<OwnerView> owners) {
        long fails = result.outcomes().stream().filter(o -> o.status() == Status.FAIL).count();
        long warns = result.outcomes().stream().filter(o -> o.status() == Status.WARN).count();
        out.append("<p id=\"summary\">").append(result.outcomes().size()).append(" checks: <b>").append(fails).append(" FAIL</b>, ")
                .append(result.outcomes().stream().filter(o -> o.status() == Status.ACCEPTED).count()).append(" ACCEPTED, ")
                .append(warns).append(" WARN. ");
        owners.stream().flatMap(v -> v.checks().stream()).filter(o -> o.status() == Status.FAIL).findFirst().ifPresentOrElse(
                o -> out.append("First failing check: <a href=\"#check-").append(esc(o.id())).append("\">").append(esc(o.check().title()))
                        .append("</a>, owned by ").append(role(o.check().owner())).append('.'),
                () -> out.append("No check fails."));
        out.append(" GO only when no check fails. PASS: both sides agree. WARN: both sides agree on something the legacy data "
                + "already had (carried over faithfully). FAIL: the migration lost or changed something, or a record cannot "
                + "migrate. ACCEPTED: it failed, and its owner decided on every failing record (rekey or accept).</p>\n");
    }

    /** Days left are counted from the day the report was made (today's clock), never from the extract date. */
    private void goLive() {
        out.append("<p id=\"go-live\">");
        if (result.goLive() == null) {
            out.append("No go-live date is set (<code>--go-live</code> or <code>goLive:</code> in switchover.yml).");
        } else {
            long days = json.path("daysToGoLive").asLong();
            out.append("Go-live date: <b>").append(result.goLive()).append("</b>; ")
                    .append(days >= 0 ? "days left: <b>" + days + "</b>" : "go-live was <b>" + -days + "</b> days ago")
                    .append(" (counted from today, ").append(result.provenance().today()).append(").");
        }
        out.append(" The figures describe the legacy data as of <b>").append(result.asOf()).append("</b> (the extract date).</p>\n");
    }

    /** First of all: every headline record legacy holds that the target does not, a child whose case would vanish. */
    private void notMigrated() {
        List<String[]> records = new ArrayList<>();
        for (String[] headline : HeadlineSection.SECTIONS) {
            json.path(headline[1]).path("notMigrated").forEach(r -> records.add(new String[] {headline[0],
                    text(r.path(headline[2])), text(r.path("legacyRef")), text(r.path("reason")), text(r.path("status")),
                    SigningSection.decision(r.path("exception"))}));
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

    /** Who signs what: each role on its own row (names hold commas), with its checks' statuses and a link to its section. */
    private void ownerIndex(List<OwnerView> owners) {
        out.append("<h2 id=\"owners\">By owner</h2>\n<table id=\"owner-index\"><tr><th>Owner role (signs)</th><th>FAIL</th>")
                .append("<th>ACCEPTED</th><th>WARN</th><th>PASS</th></tr>\n");
        for (OwnerView owner : owners) {
            out.append("<tr><td><a href=\"#").append(owner.anchor()).append("\">").append(role(owner.role())).append("</a></td>");
            for (Status status : List.of(Status.FAIL, Status.ACCEPTED, Status.WARN, Status.PASS)) {
                long n = owner.count(status);
                out.append("<td class=\"num\">").append(n == 0 ? "0" : "<span class=\"status " + status.name() + "\">" + n + "</span>")
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void ownerSection(OwnerView owner, CheckSection checks) {
        out.append("<section class=\"owner\" id=\"").append(owner.anchor()).append("\"><h2>Owner: ").append(role(owner.role()))
                .append("</h2>\n<p>").append(owner.count(Status.FAIL)).append(" FAIL, ").append(owner.count(Status.ACCEPTED))
                .append(" ACCEPTED, ").append(owner.count(Status.WARN)).append(" WARN, ").append(owner.count(Status.PASS))
                .append(" PASS.</p>\n");
        if (!owner.counts().isEmpty()) {
            out.append("<figure>").append(SvgCharts.funnel(owner.role(), owner.counts())).append("<figcaption>This service area's ")
                    .append(owner.counts().size()).append(" table").append(owner.counts().size() == 1 ? "" : "s")
                    .append(": legacy rows and what became of them.</figcaption></figure>\n");
        }
        List<CheckOutcome> passing = owner.checks().stream().filter(o -> o.status() == Status.PASS).toList();
        owner.checks().stream().filter(o -> o.status() != Status.PASS).forEach(checks::write);
        if (!passing.isEmpty()) {
            out.append("<details class=\"passing\"><summary>").append(passing.size()).append(" check")
                    .append(passing.size() == 1 ? "" : "s").append(" PASS: both sides agree</summary>\n");
            passing.forEach(checks::write);
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }

    static String badgeOf(JsonNode status) {
        return status.isMissingNode() || status.isNull() ? "–" : badge(Status.valueOf(status.asText()));
    }
}
