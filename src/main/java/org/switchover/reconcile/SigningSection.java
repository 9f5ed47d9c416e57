package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.switchover.reconcile.Html.esc;
import static org.switchover.reconcile.Html.role;

/**
 * "What you are signing", at the top of the page: the run and reconciliation, both databases (host:port/db), when it was
 * made, the mapping-set and check-set hashes, and every exception the owners accepted, so a signer knows exactly which
 * data, rules and decisions the verdict stands on.
 */
final class SigningSection {
    private final ReconciliationResult result;
    private final StringBuilder out;

    SigningSection(ReconciliationResult result, StringBuilder out) {
        this.result = result;
        this.out = out;
    }

    void write() {
        ReconciliationResult.Provenance made = result.provenance();
        if (result.partial() != null) {
            // a scratch run's report is read by the engineer who made it, never signed: no signer's facts, no exceptions
            out.append("<h2 id=\"signing\">Nothing to sign here</h2>\n<p id=\"nothing-to-sign\">This report is of scratch run ")
                    .append(result.runId()).append(" (dry-run --only), a partial load: it can never be signed, and no exception "
                    + "can be decided on its records. Owners sign the report of a full dry run.</p>\n<table id=\"run-facts\">\n");
        } else {
            out.append("<h2 id=\"signing\">What you are signing</h2>\n<table id=\"signing-facts\">\n");
        }
        fact("Verdict", result.go() ? "GO" : "NO GO");
        fact("Run", String.valueOf(result.runId()));
        fact("Reconciliation", String.valueOf(result.reconciliationId()));
        fact("Reconciled at", made.reconciledAt().toOffsetDateTime().withNano(0).toString());
        fact("Legacy database", made.legacyDatabase());
        fact("Target database", made.targetDatabase());
        fact("Figures as of (extract date)", result.asOf().toString());
        out.append("<tr><th>Mapping-set hash</th><td class=\"hash\">").append(esc(made.mappingSetHash())).append("</td></tr>\n");
        out.append("<tr><th>Check-set hash</th><td class=\"hash\">").append(esc(result.checkSetHash())).append("</td></tr>\n");
        out.append("</table>\n");
        if (result.partial() != null) {
            return;
        }
        List<Finding> accepted = result.outcomes().stream().flatMap(o -> o.findings().stream())
                .filter(f -> f.status() == Status.ACCEPTED && f.decision() != null).toList();
        out.append("<h3 id=\"accepted-exceptions\">Accepted exceptions: ").append(accepted.size()).append("</h3>\n");
        if (accepted.isEmpty()) {
            out.append("<p>None: no failing record was accepted or left to be re-keyed by hand.</p>\n");
            return;
        }
        out.append("<p>By signing you accept these records as their owners decided: each is re-keyed by hand after go-live "
                + "(rekey) or accepted as it is (accept).</p>\n<table id=\"accepted-exceptions-list\"><tr><th>Check</th><th>Record</th>")
                .append("<th>Legacy reference</th><th>Why it fails</th><th>Decision</th><th>By</th><th>Role</th><th>Reason</th></tr>\n");
        for (Finding f : accepted) {
            OwnerDecision d = f.decision();
            out.append("<tr><td><a href=\"#check-").append(esc(f.checkId())).append("\">").append(esc(f.checkId())).append("</a></td><td>")
                    .append(esc(f.key())).append("</td><td>").append(esc(f.legacyRef())).append("</td><td>").append(esc(f.reason()))
                    .append("</td><td>").append(esc(d.decision().word())).append("</td><td>").append(esc(d.owner())).append("</td><td>")
                    .append(role(d.role())).append("</td><td>").append(esc(d.reason())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void fact(String name, String value) {
        out.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    /** "accept by NAME (“ROLE”): reason", or "none". */
    static String decision(JsonNode exception) {
        return exception.isNull() || exception.isMissingNode() ? "none" : esc(exception.path("decision").asText() + " by "
                + exception.path("owner").asText()) + " (" + role(exception.path("role").asText()) + "): " + esc(exception.path("reason").asText());
    }
}
