package org.switchover.returns;

import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.ReportSection;
import org.switchover.reconcile.SideResult;

import java.util.Map;
import java.util.TreeMap;

import static org.switchover.reconcile.ReportSection.escape;

/**
 * Caseloads in the report: how many workers hold more than the limit the council committed to (the caseload-workers
 * check's parameter {@value #LIMIT_PARAMETER}) on each side, and the cases per team side by side. The checks themselves
 * list each worker or team whose count differs.
 */
public final class CaseloadSection implements ReportSection {
    static final String WORKERS = "caseload-workers";
    static final String TEAMS = "caseload-teams";
    static final String LIMIT_PARAMETER = "caseloadLimit";
    private static final String CASES = "cases";

    @Override
    public String html(ReconciliationResult result) {
        return Outcomes.of(result, WORKERS).map(workers -> render(workers, Outcomes.of(result, TEAMS).orElse(null))).orElse("");
    }

    private static String render(CheckOutcome workers, CheckOutcome teams) {
        long limit = Long.parseLong(workers.check().parameter(LIMIT_PARAMETER));
        StringBuilder out = new StringBuilder("<section class=\"family\" id=\"caseloads\"><h2>Caseloads</h2>\n");
        out.append("<p>Workers holding more than ").append(limit).append(" open cases with a KEY allocation: legacy <b>")
                .append(over(workers.legacyRows(), limit)).append("</b>, target <b>").append(over(workers.targetRows(), limit))
                .append("</b> (of ").append(Outcomes.rows(workers.legacyRows()).size()).append(" and ")
                .append(Outcomes.rows(workers.targetRows()).size()).append(" workers with cases). Check: ")
                .append(escape(workers.status().name())).append(".</p>\n");
        if (teams != null) {
            Map<String, long[]> byTeam = new TreeMap<>();
            Outcomes.rows(teams.legacyRows()).forEach(r -> byTeam.computeIfAbsent(r.key(), k -> new long[2])[0] = Outcomes.number(r, CASES));
            Outcomes.rows(teams.targetRows()).forEach(r -> byTeam.computeIfAbsent(r.key(), k -> new long[2])[1] = Outcomes.number(r, CASES));
            out.append("<table><tr><th>Team</th><th>Legacy cases</th><th>Target cases</th></tr>\n");
            byTeam.forEach((team, n) -> out.append("<tr><td>").append(escape(team)).append("</td><td class=\"num\">").append(n[0])
                    .append("</td><td class=\"num\">").append(n[1]).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        return out.append("</section>\n").toString();
    }

    static long over(SideResult side, long limit) {
        return Outcomes.rows(side).stream().filter(r -> Outcomes.number(r, CASES) > limit).count();
    }

    @Override
    public void writeFiles(ReconciliationResult result) {
        // the checks' own lists (lists/caseload-*.csv) already hold every worker and team with both counts
    }
}
