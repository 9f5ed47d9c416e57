package org.switchover.serve;

import org.switchover.signoff.SignOff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.switchover.serve.Html.escape;
import static org.switchover.serve.Html.link;
import static org.switchover.serve.Html.status;

/** serve's own pages: sign-in, the runs, one run, one child, signing. The report itself is served as its exact bytes. */
final class Pages {
    /** The declaration an owner ticks; the sign-off records that it was ticked for this page's hash. */
    static final String DECLARATION = "I have read this reconciliation report in full. I accept the exceptions listed in it, and I"
            + " sign off the migration of the records it describes in my role.";
    /** Files of a report directory that serve lists and shows (worklists, the diff, the CSV lists): names only, no paths. */
    static final String LIST_FILE = "[a-z0-9][a-z0-9_.-]*\\.(csv|json)";

    private Pages() {
    }

    static String login(Session session, String problem) {
        return Html.page("Sign in", session, (problem == null ? "" : "<p class=\"error\" id=\"problem\">" + escape(problem) + "</p>")
                + "<form method=\"post\" action=\"/login\">" + Html.csrfField(session)
                + "<p><label>Name <input name=\"name\" id=\"name\" autocomplete=\"username\"></label></p>"
                + "<p><label>Password <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\"></label></p>"
                + "<p><button id=\"sign-in\">Sign in</button></p></form>");
    }

    static String runs(Session session, List<RunCatalog.Run> runs, List<SignOff> signOffs) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunCatalog.Run run : runs) {
            rows.add(List.of(link("/runs/" + run.id(), "Run " + run.id()), run.kind(), run.status(), String.valueOf(run.startedAt()),
                    run.verdict() == null ? "" : status(run.verdict()), status(run.pageState()), signOffSummary(run.id(), signOffs)));
        }
        return Html.page("Runs", session, Html.table("runs", List.of("Run", "Kind", "Status", "Started", "Verdict", "Report page",
                "Sign-offs"), rows));
    }

    static String run(Session session, RunCatalog.Run run, List<SignOff> signOffs) {
        StringBuilder body = new StringBuilder("<p>").append(escape(run.kind())).append(", ").append(escape(run.status()))
                .append(", started ").append(escape(run.startedAt())).append(". Verdict: ")
                .append(run.verdict() == null ? "not reconciled" : status(run.verdict()).html()).append("</p>");
        if (run.reportDir() == null) {
            return Html.page("Run " + run.id(), session, body.append("<p>No report directory of this run was found.</p>").toString());
        }
        body.append("<p>Report page: ").append(status(run.pageState()).html()).append(" — ")
                .append(link("/runs/" + run.id() + "/report", "read the report").html()).append(" · ")
                .append(link("/runs/" + run.id() + "/sign", "sign off").html()).append("</p>");
        body.append("<h2>Sign-offs</h2>").append(Html.table("sign-offs", List.of("Owner", "Role", "Channel", "Signed", "Status", "Why"),
                signOffs.stream().filter(s -> s.runId() == run.id()).map(s -> List.<Object>of(s.owner(), s.role(),
                        s.channel() == null ? "" : s.channel(), String.valueOf(s.signedAt()), status(s.valid() ? "VALID" : "LAPSED"),
                        s.valid() ? "" : s.lapsedBecause())).toList()));
        body.append("<h2>Lists</h2>").append(Html.table("lists", List.of("File"), listFiles(run.reportDir()).stream()
                .map(f -> List.<Object>of(link("/runs/" + run.id() + "/files/" + f, f))).toList()));
        body.append("<h2>Diffs to this run</h2>").append(Html.table("diffs", List.of("From run", "diff.json"), RunCatalog.diffsTo(run)
                .keySet().stream().map(from -> List.<Object>of("Run " + from, link("/runs/" + run.id() + "/diffs/" + from, "diff.json"))).toList()));
        return Html.page("Run " + run.id(), session, body.toString());
    }

    static String child(Session session, ChildRecords.Child child) {
        String body = "<p>Legacy reference <b id=\"legacy-ref\">" + escape(child.legacyRef()) + "</b>, run " + child.runId() + ".</p>";
        if (!child.known()) {
            return Html.page("Child " + child.legacyRef(), session, body + "<p id=\"unknown\">The target has no record of this legacy reference.</p>");
        }
        return Html.page("Child " + child.legacyRef(), session, body
                + "<p id=\"summary\">" + child.loaded().size() + " rows loaded, " + child.rejected().size() + " rejected, "
                + child.findings().size() + " found by the reconciliation (not migrated, excluded or differing).</p>"
                + "<h2>Loaded (" + child.loaded().size() + ")</h2>" + Html.table("loaded", List.of("Target table", "Key"), child.loaded())
                + "<h2>Rejected (" + child.rejected().size() + ")</h2>" + Html.table("rejected",
                        List.of("Target table", "Legacy table", "Legacy key", "Reason", "Detail"), child.rejected())
                + "<h2>Not migrated, excluded or differing (" + child.findings().size() + ")</h2>" + Html.table("findings",
                        List.of("Check", "Record", "Reason", "Status", "Decision", "Decided by", "Role", "Why"), child.findings())
                + "<p>Rows excluded by a mapping rule are counted per rule, not per child; the checks above name the excluded "
                + "headline records.</p>");
    }

    /** The sign-off page: the report itself in a frame, its hashes, and the declaration bound to the hash shown. */
    static String sign(Session session, RunCatalog.Run run, String htmlNow, String jsonNow, String problem) {
        StringBuilder body = new StringBuilder();
        if (problem != null) {
            body.append("<p class=\"error\" id=\"problem\">").append(escape(problem)).append("</p>");
        }
        body.append("<p>You sign as <b>").append(escape(session.user().name())).append("</b> in the role <b>")
                .append(escape(session.user().role())).append("</b>. Report page: ").append(status(run.pageState()).html()).append("</p>")
                .append("<iframe id=\"report\" title=\"reconciliation report\" src=\"/runs/").append(run.id()).append("/report\"></iframe>")
                .append("<p>reconciliation.html sha256 <code id=\"html-sha256\">").append(escape(htmlNow)).append("</code><br>")
                .append("reconciliation.json sha256 <code id=\"json-sha256\">").append(escape(jsonNow)).append("</code></p>")
                .append("<form method=\"post\" action=\"/runs/").append(run.id()).append("/sign\">").append(Html.csrfField(session))
                .append("<input type=\"hidden\" name=\"htmlSha256\" value=\"").append(escape(htmlNow)).append("\">")
                .append("<div class=\"declaration\"><label><input type=\"checkbox\" name=\"declaration\" value=\"accepted\" id=\"declaration\"> ")
                .append(escape(DECLARATION)).append("</label></div><button id=\"sign\">Sign off run ").append(run.id()).append("</button></form>");
        return Html.page("Sign off run " + run.id(), session, body.toString());
    }

    static String signed(Session session, SignOff signOff) {
        return Html.page("Signed", session, "<p id=\"signed\">Run " + signOff.runId() + " signed off by " + escape(signOff.owner()) + " ("
                + escape(signOff.role()) + ") in the browser. reconciliation.html sha256 <code>" + escape(signOff.htmlSha256())
                + "</code>, reconciliation.json sha256 <code>" + escape(signOff.reportSha256()) + "</code>.</p><p>"
                + link("/runs/" + signOff.runId(), "Back to the run").html() + "</p>");
    }

    static String error(Session session, int code, String message) {
        return Html.page(code == 403 ? "Refused" : code == 404 ? "Not found" : code == 429 ? "Too many attempts" : "Error", session,
                "<p class=\"error\" id=\"problem\">" + escape(message) + "</p>");
    }

    private static Html.Raw signOffSummary(long runId, List<SignOff> signOffs) {
        StringBuilder out = new StringBuilder();
        signOffs.stream().filter(s -> s.runId() == runId).forEach(s -> out.append(escape(s.owner())).append(" (").append(escape(s.role()))
                .append(") ").append(status(s.valid() ? "VALID" : "LAPSED").html()).append("<br>"));
        return new Html.Raw(out.toString());
    }

    static List<String> listFiles(Path dir) {
        try (var files = Files.list(dir)) {
            // a link is not a list the reconciliation wrote: it could point at any file the server may read
            return files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).filter(n -> n.matches(LIST_FILE)).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
