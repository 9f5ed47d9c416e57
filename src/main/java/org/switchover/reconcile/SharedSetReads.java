package org.switchover.reconcile;

import org.switchover.config.ConfigurationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a legacy query that would open a shared set's temporary table more than once. MySQL cannot open one
 * temporary table twice in a query (MariaDB can), and it may merge each reference to a common table expression into the
 * query, so a set read once inside a CTE that is joined twice is opened twice. Such a query passes on MariaDB and fails on
 * MySQL only at the reconciliation, after the load: it is refused when the query is filled instead.
 *
 * <p>Counted in the query's text: each place a set is named, times the times the CTE holding that place is used (a CTE
 * used by a CTE used twice counts twice, one never used counts once). A use is {@code FROM name}, {@code JOIN name},
 * {@code STRAIGHT_JOIN name} (each perhaps with the name in parentheses) or a comma join ({@code FROM a, name}), in any
 * case, the name in backquotes or not.
 */
final class SharedSetReads {
    // "name AS (" or "name (col, col) AS (", opening a SELECT, a WITH or a parenthesised union: a common table expression
    private static final Pattern CTE = Pattern.compile(
            "`?\\b([A-Za-z_][A-Za-z0-9_]*)`?\\s*(?:\\([^()]*\\))?\\s+AS\\s*(\\()(?=\\s*(?:SELECT|WITH|\\())", Pattern.CASE_INSENSITIVE);
    // a table reference: after FROM, JOIN or STRAIGHT_JOIN (MySQL's join in the order written; "_" keeps \bJOIN from
    // seeing it), perhaps in parentheses, or after a comma (a comma join; a column named as the CTE in a select list is
    // counted too, which can only refuse a query that would pass, never pass one that would fail), and not "name.", "name("
    // or the next CTE's definition "name AS ("
    private static final String USE_BEFORE = "(?:\\b(?:FROM|JOIN|STRAIGHT_JOIN)(?:\\s+|\\s*\\(\\s*)|,\\s*)`?";
    private static final String USE_AFTER = "\\b(?!`?\\s*(?:[.(]|AS\\s*\\())";
    /** Deeper chains of CTEs than this are not followed (a query's CTEs using each other in a loop). */
    private static final int MAX_DEPTH = 50;

    private SharedSetReads() {
    }

    private record Cte(String name, int bodyStart, int bodyEnd, String body) {
    }

    /**
     * @param sql    the filled query, each shared set still marked where it is named
     * @param set    the mark of a shared set in {@code sql}, its name the first group
     * @param source the query's file, for the message
     */
    static void refuseReopening(String sql, Pattern set, String source) {
        List<Cte> ctes = ctes(sql);
        String main = withoutBodies(sql, ctes);
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Integer> opened = new java.util.TreeMap<>();
        Map<String, String> through = new HashMap<>();
        count(set, main, 1, null, opened, through);
        for (Cte cte : ctes) {
            // a CTE the query never uses counts once: MySQL may open the tables of every CTE it parses
            int used = Math.max(1, uses(cte.name(), ctes, main, uses, 0));
            count(set, cte.body(), used, cte.name(), opened, through);
        }
        opened.forEach((name, times) -> {
            if (times > 1) {
                String cte = through.get(name);
                throw new ConfigurationException(source + ": opens the shared set " + name + " " + times + " times"
                        + (cte == null ? "" : " (through the common table expression " + cte + ", used " + uses.get(cte) + " times)")
                        + "; MySQL cannot open one temporary table twice in a query: read the set once, and use a common table "
                        + "expression that reads it once at most");
            }
        });
    }

    private static void count(Pattern set, String text, int times, String cte, Map<String, Integer> opened, Map<String, String> through) {
        Matcher matcher = set.matcher(text);
        while (matcher.find()) {
            opened.merge(matcher.group(1), times, Integer::sum);
            if (cte != null && times > 1) {
                through.put(matcher.group(1), cte);
            }
        }
    }

    /** How many times a CTE is used: in the query's own text, and in every other CTE as many times as that one is used. */
    private static int uses(String name, List<Cte> ctes, String main, Map<String, Integer> memo, int depth) {
        Integer known = memo.get(name);
        if (known != null) {
            return known;
        }
        Pattern use = Pattern.compile(USE_BEFORE + Pattern.quote(name) + USE_AFTER, Pattern.CASE_INSENSITIVE);
        int used = references(main, use);
        if (depth < MAX_DEPTH) {
            for (Cte other : ctes) {
                if (!other.name().equalsIgnoreCase(name)) { // a recursive CTE's use of itself is its own iteration
                    int here = references(other.body(), use);
                    if (here > 0) {
                        used += here * uses(other.name(), ctes, main, memo, depth + 1);
                    }
                }
            }
        }
        memo.put(name, used);
        return used;
    }

    private static int references(String text, Pattern use) {
        Matcher matcher = use.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static List<Cte> ctes(String sql) {
        List<Cte> ctes = new ArrayList<>();
        Matcher matcher = CTE.matcher(sql);
        int from = 0;
        while (from < sql.length() && matcher.find(from)) {
            int open = matcher.start(2);
            int close = closing(sql, open);
            String name = matcher.group(1);
            if (close < 0 || List.of("select", "with", "recursive", "join", "from").contains(name.toLowerCase(Locale.ROOT))) {
                from = open + 1;
                continue;
            }
            ctes.add(new Cte(name, open + 1, close, sql.substring(open + 1, close)));
            // a CTE's body may hold a derived table, never another CTE definition this pattern would take for one
            from = close + 1;
        }
        return ctes;
    }

    /** The index of the parenthesis that closes the one at {@code open}, skipping quoted text; -1 when none does. */
    private static int closing(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                i = end; // a doubled quote inside is two quoted runs, which skip the same
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutBodies(String sql, List<Cte> ctes) {
        StringBuilder main = new StringBuilder(sql);
        for (Cte cte : ctes) {
            for (int i = cte.bodyStart(); i < cte.bodyEnd(); i++) {
                main.setCharAt(i, ' ');
            }
        }
        return main.toString();
    }
}
