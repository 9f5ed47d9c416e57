package org.switchover.returns;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.switchover.config.ToolkitVersion;
import org.switchover.files.CsvLineWriter;
import org.switchover.files.PrivateFiles;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.reconcile.ReportSection;
import org.switchover.reconcile.SideResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.switchover.reconcile.ReportSection.escape;

/**
 * Ofsted's Annex A lists 1, 3, 4, 5, 6 and 7 from both sides, as the annex-a-list-N checks found them: one CSV per list
 * and side (annex-a/list-N-target.csv, list-N-legacy.csv) and one workbook, annex-a/annex-a.xlsx, with a sheet per list
 * from the target (the lists the council will send from now on), laid out as Ofsted's template: the child columns first, then the list's own. Children are named by legacy
 * reference; the date-of-birth column stays empty (no report file holds a date of birth); gender, ethnicity and age are
 * the target's on both sides (the checks compare the list's own columns only).
 */
public final class AnnexASection implements ReportSection {
    static final List<Integer> LISTS = List.of(1, 3, 4, 5, 6, 7);
    static final String DIRECTORY = "annex-a";
    static final String WORKBOOK = "annex-a.xlsx";
    /** Ofsted's child columns, in the template's order. */
    static final List<String> CHILD_COLUMNS = List.of("ChildUniqueID", "Gender", "Ethnicity", "Date of birth", "Age");
    private static final List<String> CHILD_VALUES = List.of("legacy_ref", "gender", "ethnicity", "", "age");

    static String checkId(int list) {
        return "annex-a-list-" + list;
    }

    @Override
    public String html(ReconciliationResult result) {
        StringBuilder rows = new StringBuilder();
        for (int list : LISTS) {
            Outcomes.of(result, checkId(list)).ifPresent(o -> rows.append("<tr><td>List ").append(list).append("</td><td class=\"num\">")
                    .append(Outcomes.size(o.legacyRows())).append("</td><td class=\"num\">").append(Outcomes.size(o.targetRows()))
                    .append("</td><td>").append(escape(o.status().name())).append("</td><td>").append(escape(o.detail())).append("</td></tr>\n"));
        }
        return rows.isEmpty() ? "" : "<section class=\"family\" id=\"annex-a\"><h2>Ofsted Annex A lists</h2>\n<p>Both systems' lists are in "
                + DIRECTORY + "/ (CSV per list and side, and " + WORKBOOK + ").</p>\n<table><tr><th>List</th><th>Legacy</th>"
                + "<th>Target</th><th>Check</th><th>Detail</th></tr>\n" + rows + "</table>\n</section>\n";
    }

    @Override
    public void writeFiles(ReconciliationResult result) throws IOException {
        java.util.Map<Integer, CheckOutcome> lists = new java.util.LinkedHashMap<>();
        LISTS.forEach(list -> Outcomes.of(result, checkId(list)).ifPresent(o -> lists.put(list, o)));
        if (lists.isEmpty()) {
            return;
        }
        Path dir = result.reportDir().resolve(DIRECTORY);
        PrivateFiles.createDirectories(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "switchover", workbookVersion());
        // one sheet at a time, each written and let go: at scale 5 the lists run to hundreds of thousands of lines
        for (var entry : lists.entrySet()) {
            int list = entry.getKey();
            CheckOutcome outcome = entry.getValue();
            // the target's rows are unpacked once: they fill the target sheet and describe the legacy sheet's children
            List<SideResult.Row> target = Outcomes.rows(outcome.targetRows());
            Sheet sheet = sheet("List " + list, "list-" + list + "-target.csv", target, target);
            writeCsv(dir, sheet);
            Worksheet ws = workbook.newWorksheet(sheet.name());
            // inline strings: the shared-string table costs a hash lookup per cell and a sort at the end (about a
            // quarter of the workbook's time at scale 5) to save 4 % of its size
            for (int c = 0; c < sheet.header().size(); c++) {
                ws.inlineString(0, c, sheet.header().get(c));
            }
            int r = 1;
            for (List<String> row : sheet.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) != null) {
                        ws.inlineString(r, c, row.get(c));
                    }
                }
                r++;
            }
            ws.finish();
            Sheet legacy = sheet("List " + list + " (legacy)", "list-" + list + "-legacy.csv", Outcomes.rows(outcome.legacyRows()), target);
            writeCsv(dir, legacy);
        }
        workbook.finish();
        PrivateFiles.write(dir.resolve(WORKBOOK), bytes.toByteArray());
    }

    /** A sheet's CSV, written a line at a time (lists run to hundreds of thousands of lines at scale 5). */
    private static void writeCsv(Path dir, Sheet sheet) throws IOException {
        CsvLineWriter.writeFile(dir.resolve(sheet.file()), out -> {
            out.line(sheet.header());
            for (List<String> row : sheet.rows()) {
                out.line(row);
            }
        });
    }

    /** One list of one side: the child columns (described from the target's row of the same record), then the list's own. */
    private static Sheet sheet(String name, String file, List<SideResult.Row> sideRows, List<SideResult.Row> targetRows) {
        Set<String> own = new LinkedHashSet<>();
        sideRows.forEach(r -> own.addAll(r.values().keySet()));
        targetRows.forEach(r -> own.addAll(r.values().keySet()));
        own.removeAll(CHILD_VALUES);
        own.remove("previous_plans");
        List<String> header = new ArrayList<>(CHILD_COLUMNS);
        header.add("Record");
        own.forEach(header::add);
        boolean plans = targetRows.stream().anyMatch(r -> r.values().containsKey("previous_plans"));
        if (plans) {
            header.add("previous_plans");
        }
        java.util.Map<String, SideResult.Row> described = new java.util.HashMap<>();
        targetRows.forEach(r -> described.putIfAbsent(r.key(), r));
        List<List<String>> rows = new ArrayList<>();
        for (SideResult.Row row : sideRows) {
            SideResult.Row child = described.getOrDefault(row.key(), row);
            List<String> line = new ArrayList<>();
            CHILD_VALUES.forEach(v -> line.add(v.isEmpty() ? null : v.equals("legacy_ref") ? row.values().get(v) : child.values().get(v)));
            line.add(row.key());
            own.forEach(c -> line.add(row.values().get(c)));
            if (plans) {
                line.add(child.values().get("previous_plans"));
            }
            rows.add(line);
        }
        return new Sheet(name, file, header, rows);
    }

    /** fastexcel wants a version of digits and dots; a development build has none. */
    private static String workbookVersion() {
        String version = ToolkitVersion.current();
        return version.matches("\\d+(\\.\\d+)*") ? version : "1.0";
    }

    private record Sheet(String name, String file, List<String> header, List<List<String>> rows) {
    }
}
