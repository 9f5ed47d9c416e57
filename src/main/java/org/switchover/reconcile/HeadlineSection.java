package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.switchover.reconcile.Html.esc;
import static org.switchover.reconcile.Html.text;

/**
 * The figures a head of service asks first: legacy = migrated + not migrated, and the target, with bars. Each headline
 * has one status, and when it is not that of the check of the same name the page says which check made it so (the
 * active plans headline also carries the children with more than one active plan).
 */
final class HeadlineSection {
    /** The headlines' label, JSON section and key field, in the order the page shows them. */
    static final List<String[]> SECTIONS = List.of(new String[] {"Open duty cases", "openDutyCases", "referralId"},
            new String[] {"Open referrals", "openReferrals", "referralId"},
            new String[] {"Active child protection plans", "activeCpPlans", "planId"});
    /**
     * Besides the check that feeds it (its check file's {@code headline:}), the checks whose status a headline also takes,
     * by id (as ReportJson combines them).
     */
    static final Map<String, List<String>> ALSO = Map.of(ReportSections.ACTIVE_CP_PLANS, List.of(ReportSections.MULTIPLE_ACTIVE));

    private final ReconciliationResult result;
    private final JsonNode json;
    private final StringBuilder out;

    HeadlineSection(ReconciliationResult result, JsonNode json, StringBuilder out) {
        this.result = result;
        this.json = json;
        this.out = out;
    }

    void write() {
        out.append("<h2>Headlines</h2><table id=\"headlines\"><tr><th></th><th>Legacy</th><th>Migrated</th>")
                .append("<th>Not migrated</th><th>Target</th><th>Status</th><th>Why this status</th></tr>\n");
        List<String> labels = new ArrayList<>();
        List<long[]> bars = new ArrayList<>();
        for (String[] headline : SECTIONS) {
            JsonNode figures = json.path(headline[1]);
            if (figures.isMissingNode()) {
                continue;
            }
            row(headline[0], figures.path("legacy"), figures, figures.path("target"), figures.path("status"), explain(headline[1], figures));
            labels.add(headline[0]);
            bars.add(new long[] {figures.path("legacy").asLong(), figures.path("target").asLong()});
        }
        JsonNode plans = json.path("activeCpPlans");
        if (!plans.isMissingNode()) {
            row("Active plans excluding other authorities' children", plans.path("excludingOtherAuthority").path("legacy"), null,
                    plans.path("excludingOtherAuthority").path("target"), plans.path("status"), "as active child protection plans");
        }
        out.append("</table>\n");
        if (!labels.isEmpty()) {
            out.append("<figure>").append(SvgCharts.headlineBars(labels, bars))
                    .append("<figcaption>Legacy truth against what the target holds.</figcaption></figure>\n");
        }
    }

    /** "as its check" when the headline's status is its same-named check's; otherwise which check set it, and why. */
    private String explain(String section, JsonNode figures) {
        List<CheckOutcome> checks = new ArrayList<>();
        ReportSections.headline(result.outcomes(), section).ifPresent(checks::add);
        ALSO.getOrDefault(section, List.of()).stream().map(this::outcome).flatMap(Optional::stream).forEach(checks::add);
        if (checks.isEmpty()) {
            return "";
        }
        CheckOutcome same = checks.get(0);
        String status = figures.path("status").asText();
        StringBuilder why = new StringBuilder("as its check <a href=\"#check-").append(esc(same.id())).append("\">")
                .append(esc(same.id())).append("</a>");
        if (same.status().name().equals(status)) {
            return why.toString();
        }
        why.append(" is ").append(same.status().name()).append("; the headline is ").append(status).append(" because ");
        checks.stream().skip(1).filter(o -> o.status().name().equals(status)).forEach(o -> why.append("<a href=\"#check-")
                .append(esc(o.id())).append("\">").append(esc(o.check().title())).append("</a> is ").append(o.status().name())
                .append(" (").append(esc(o.check().meaning())).append(") "));
        return why.toString().strip();
    }

    private Optional<CheckOutcome> outcome(String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private void row(String label, JsonNode legacy, JsonNode split, JsonNode target, JsonNode status, String why) {
        out.append("<tr><td>").append(esc(label)).append("</td><td class=\"num\">").append(text(legacy))
                .append("</td><td class=\"num\">").append(split == null ? "–" : text(split.path("migrated")))
                .append("</td><td class=\"num\">").append(split == null ? "–" : String.valueOf(split.path("notMigrated").size()))
                .append("</td><td class=\"num\">").append(text(target)).append("</td><td>").append(HtmlReport.badgeOf(status))
                .append("</td><td>").append(why).append("</td></tr>\n");
    }
}
