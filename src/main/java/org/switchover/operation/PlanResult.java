package org.switchover.operation;

import org.switchover.cutover.Timetable;

import java.util.ArrayList;
import java.util.List;

/** The runbook of `switchover plan`, line by line, and its timetable when a start was given (else null). */
public record PlanResult(List<String> lines, Timetable timetable) {
    public PlanResult(List<String> lines) {
        this(lines, null);
    }

    /**
     * The same runbook as Markdown (`plan --format md`): a title, the facts as a list, the numbered steps as they are (their
     * indented lines nest under them), then the timetable as a table.
     */
    public List<String> markdown() {
        List<String> md = new ArrayList<>();
        int end = timetable == null ? lines.size() : lines.size() - timetable.lines().size() - 1;
        md.add("# " + lines.get(0));
        md.add("");
        boolean facts = true;
        for (String line : lines.subList(1, end)) {
            if (line.isEmpty()) {
                facts = false;
                md.add("");
            } else if (facts && !line.startsWith(" ")) {
                md.add("- " + line);
            } else {
                md.add(line);
            }
        }
        if (timetable != null) {
            md.add("");
            md.addAll(timetable.markdown());
        }
        return md;
    }
}
