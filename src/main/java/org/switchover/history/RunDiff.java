package org.switchover.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed from one run to another: the verdict, each mapping's read / loaded / excluded / rejected, each check's
 * status and counts, the unmapped values that appeared or went (and those whose rows changed), and the rejects that
 * appeared or went, each crosswalk value re-pointed and each census code whose rows changed. Only changes are listed; {@link #lines()} is what `switchover diff` prints, {@link #json()} diff.json.
 */
public record RunDiff(RunSnapshot from, RunSnapshot to) {
    private static final String[] COUNTS = {"read", "loaded", "excluded", "rejected"};

    /** Every change, one per line, grouped under headings; "no change" when the two runs left the same records. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(from.kind() + " run " + from.runId() + " -> " + to.kind() + " run " + to.runId()
                + (Objects.equals(from.mappingHash(), to.mappingHash()) ? " (same mapping set)" : " (the mapping set changed)"));
        lines.add("verdict: " + from.verdict() + (Objects.equals(from.verdict(), to.verdict()) ? " (unchanged)" : " -> " + to.verdict()));
        List<String> tables = tableChanges();
        lines.add("tables changed: " + tables.size());
        tables.forEach(t -> lines.add("  " + t));
        List<String> checks = checkChanges();
        lines.add("checks changed: " + checks.size());
        checks.forEach(c -> lines.add("  " + c));
        Set<String> newUnmapped = only(to.unmapped().keySet(), from.unmapped().keySet());
        Set<String> goneUnmapped = only(from.unmapped().keySet(), to.unmapped().keySet());
        lines.add("unmapped values: " + newUnmapped.size() + " new, " + goneUnmapped.size() + " gone");
        newUnmapped.forEach(v -> lines.add("  + " + v + ": " + to.unmapped().get(v) + " rows"));
        goneUnmapped.forEach(v -> lines.add("  - " + v + ": " + from.unmapped().get(v) + " rows"));
        List<String> values = crosswalkValueChanges();
        List<String> codes = crosswalkCodeChanges();
        lines.add("crosswalks: " + values.size() + " values re-pointed or changed, " + codes.size() + " codes changed");
        values.forEach(v -> lines.add("  " + v));
        codes.forEach(c -> lines.add("  " + c));
        Set<String> newRejects = only(to.rejects(), from.rejects());
        Set<String> goneRejects = only(from.rejects(), to.rejects());
        lines.add("rejects: " + newRejects.size() + " new, " + goneRejects.size() + " gone");
        newRejects.forEach(r -> lines.add("  + " + r));
        goneRejects.forEach(r -> lines.add("  - " + r));
        return lines;
    }

    /** "client -> ssd_person: loaded 100 -> 104 (+4), rejected 5 -> 1 (-4)" for each mapping whose counts changed. */
    List<String> tableChanges() {
        List<String> changes = new ArrayList<>();
        for (String table : union(from.tables().keySet(), to.tables().keySet())) {
            long[] a = from.tables().getOrDefault(table, new long[4]);
            long[] b = to.tables().getOrDefault(table, new long[4]);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < COUNTS.length; i++) {
                if (a[i] != b[i]) {
                    parts.add(COUNTS[i] + " " + a[i] + " -> " + b[i] + " (" + (b[i] > a[i] ? "+" : "") + (b[i] - a[i]) + ")");
                }
            }
            if (!parts.isEmpty()) {
                changes.add(table + ": " + String.join(", ", parts));
            }
        }
        return changes;
    }

    /** "missing-person-ethnicity: WARN -> PASS, target 12 -> 0" for each check whose status or counts changed. */
    List<String> checkChanges() {
        List<String> changes = new ArrayList<>();
        for (String check : union(from.checks().keySet(), to.checks().keySet())) {
            RunSnapshot.CheckFigures a = from.checks().get(check);
            RunSnapshot.CheckFigures b = to.checks().get(check);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (a == null || b == null) {
                changes.add(check + ": " + (a == null ? "new, " + b.status() : "gone (was " + a.status() + ")"));
                continue;
            }
            StringBuilder change = new StringBuilder(check).append(": ").append(a.status());
            change.append(a.status().equals(b.status()) ? " (unchanged)" : " -> " + b.status());
            if (!Objects.equals(a.legacy(), b.legacy())) {
                change.append(", legacy ").append(a.legacy()).append(" -> ").append(b.legacy());
            }
            if (!Objects.equals(a.target(), b.target())) {
                change.append(", target ").append(a.target()).append(" -> ").append(b.target());
            }
            changes.add(change.toString());
        }
        return changes;
    }

    /**
     * "ethnicity: client.ethnic_cd -> ssd_person.pers_ethnicity 'B1': MWBC -> MWBA, 3 rows" for each crosswalk value whose code
     * or rows changed, that appeared ("new") or went ("gone"); a code of none is "(none)".
     */
    List<String> crosswalkValueChanges() {
        List<String> changes = new ArrayList<>();
        for (String value : new TreeSet<>(union(from.crosswalkValues().keySet(), to.crosswalkValues().keySet()))) {
            RunSnapshot.Mapped a = from.crosswalkValues().get(value);
            RunSnapshot.Mapped b = to.crosswalkValues().get(value);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (a == null || b == null) {
                RunSnapshot.Mapped only = a == null ? b : a;
                changes.add(value + ": " + (a == null ? "new, " : "gone, was ") + code(only.code()) + ", " + only.rows() + " rows");
                continue;
            }
            changes.add(value + ": " + code(a.code()) + (Objects.equals(a.code(), b.code()) ? " (unchanged)" : " -> " + code(b.code()))
                    + ", " + (a.rows() == b.rows() ? b.rows() + " rows" : "rows " + a.rows() + " -> " + b.rows()));
        }
        return changes;
    }

    /** "ethnicity: … MWBA: legacy 12 -> 15, target 11 -> 14" for each crosswalk code whose rows changed (0 when absent). */
    List<String> crosswalkCodeChanges() {
        List<String> changes = new ArrayList<>();
        RunSnapshot.CodeRows none = new RunSnapshot.CodeRows(0, 0);
        for (String code : new TreeSet<>(union(from.crosswalkCodes().keySet(), to.crosswalkCodes().keySet()))) {
            RunSnapshot.CodeRows a = from.crosswalkCodes().getOrDefault(code, none);
            RunSnapshot.CodeRows b = to.crosswalkCodes().getOrDefault(code, none);
            if (!a.equals(b)) {
                changes.add(code + ": legacy " + a.legacy() + " -> " + b.legacy() + ", target " + a.target() + " -> " + b.target());
            }
        }
        return changes;
    }

    private static String code(String code) {
        return code == null ? "(none)" : code;
    }

    /** diff.json: the runs, the verdicts, and each kind of change as a list. */
    public ObjectNode json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.putObject("from").put("runId", from.runId()).put("kind", from.kind()).put("verdict", from.verdict())
                .put("mappingHash", from.mappingHash());
        root.putObject("to").put("runId", to.runId()).put("kind", to.kind()).put("verdict", to.verdict())
                .put("mappingHash", to.mappingHash());
        strings(root.putArray("tables"), tableChanges());
        strings(root.putArray("checks"), checkChanges());
        ObjectNode unmapped = root.putObject("unmapped");
        counted(unmapped.putArray("new"), only(to.unmapped().keySet(), from.unmapped().keySet()), to.unmapped());
        counted(unmapped.putArray("gone"), only(from.unmapped().keySet(), to.unmapped().keySet()), from.unmapped());
        ObjectNode crosswalks = root.putObject("crosswalks");
        strings(crosswalks.putArray("values"), crosswalkValueChanges());
        strings(crosswalks.putArray("codes"), crosswalkCodeChanges());
        ObjectNode rejects = root.putObject("rejects");
        strings(rejects.putArray("new"), List.copyOf(only(to.rejects(), from.rejects())));
        strings(rejects.putArray("gone"), List.copyOf(only(from.rejects(), to.rejects())));
        return root;
    }

    private static void counted(ArrayNode array, Set<String> values, Map<String, Long> rows) {
        values.forEach(v -> array.addObject().put("value", v).put("rows", rows.get(v)));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static Set<String> only(Set<String> in, Set<String> notIn) {
        Set<String> result = new TreeSet<>(in);
        result.removeAll(notIn);
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
