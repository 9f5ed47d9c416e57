package org.switchover.reconcile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.switchover.reconcile.Html.esc;

/** The crosswalks in the report: reconciliation.json's {@code crosswalks}, crosswalk.csv, and the page's section. */
final class CrosswalkReport {
    static final String CSV_FILE = "crosswalk.csv";
    static final List<String> CSV_COLUMNS = List.of("codeMap", "legacyTable", "legacyColumn", "targetTable", "targetColumn",
            "legacyValue", "code", "legacyRows");

    private CrosswalkReport() {
    }

    static void json(ArrayNode array, List<Crosswalks.Crosswalk> crosswalks) {
        for (Crosswalks.Crosswalk c : crosswalks) {
            ObjectNode node = array.addObject().put("codeMap", c.codeMap()).put("legacyTable", c.legacyTable())
                    .put("legacyColumn", c.legacyColumn()).put("targetTable", c.targetTable()).put("targetColumn", c.targetColumn());
            ArrayNode values = node.putArray("values");
            c.values().forEach(v -> values.addObject().put("legacyValue", v.legacyValue()).put("source", v.source()).put("code", v.code()).put("rows", v.rows()));
            ArrayNode codes = node.putArray("codes");
            c.byCode().forEach((code, rows) -> codes.addObject().put("code", code).put("legacyRows", rows[0]).put("targetRows", rows[1]));
        }
    }

    static List<List<String>> csvRows(List<Crosswalks.Crosswalk> crosswalks) {
        List<List<String>> rows = new ArrayList<>();
        crosswalks.forEach(c -> c.values().forEach(v -> rows.add(Arrays.asList(c.codeMap(), c.legacyTable(), c.legacyColumn(),
                c.targetTable(), c.targetColumn(), v.legacyValue(), v.code(), String.valueOf(v.rows())))));
        return rows;
    }

    /**
     * One folded block per coded column: legacy value → census code → legacy rows (unmapped values marked), then per code
     * the legacy rows whose values map to it against the target's rows (the difference is rows excluded or rejected).
     */
    static void html(StringBuilder out, List<Crosswalks.Crosswalk> crosswalks) {
        out.append("<section class=\"owner\" id=\"crosswalks\"><h2>Code crosswalks</h2>\n<p>For the owners to check line by line: "
                + "a legacy value mapped to the wrong census code passes every other check. Per code, legacy rows are those whose "
                + "values map to it (excluded and rejected rows included); target rows are what arrived.</p>\n");
        for (Crosswalks.Crosswalk c : crosswalks) {
            long unmapped = c.values().stream().filter(v -> v.code() == null && v.source() != null).count();
            out.append("<details class=\"crosswalk\" id=\"crosswalk-").append(esc(c.targetTable() + "-" + c.targetColumn()))
                    .append("\"><summary><b>").append(esc(c.codeMap())).append("</b>: ").append(esc(c.legacyTable() + "." + c.legacyColumn()))
                    .append(" → ").append(esc(c.targetTable() + "." + c.targetColumn())).append(" (").append(c.values().size())
                    .append(" legacy values, ").append(unmapped).append(" unmapped)</summary>\n<table><tr><th>Legacy value</th>")
                    .append("<th>Census code</th><th>Legacy rows</th></tr>\n");
            c.values().forEach(v -> out.append("<tr><td>").append(v.legacyValue().isEmpty() ? "(blank)" : esc(v.legacyValue()))
                    .append("</td><td>").append(v.source() == null ? "(no value)" : v.code() == null
                            ? "<span class=\"status WARN\">unmapped</span>" : esc(v.code()))
                    .append("</td><td class=\"num\">").append(v.rows()).append("</td></tr>\n"));
            out.append("</table>\n<table><tr><th>Census code</th><th>Legacy rows mapping to it</th><th>Target rows</th></tr>\n");
            c.byCode().forEach((code, rows) -> out.append("<tr><td>").append(esc(code)).append("</td><td class=\"num\">").append(rows[0])
                    .append("</td><td class=\"num\">").append(rows[1]).append("</td></tr>\n"));
            out.append("</table></details>\n");
        }
        out.append("</section>\n");
    }
}
