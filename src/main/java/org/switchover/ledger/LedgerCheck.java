package org.switchover.ledger;

import java.util.List;
import java.util.Set;

/**
 * What checking the ledger found: how many entries it holds, each problem in chain order (the first names the first
 * broken row), and the rows ("kind id") that cannot be trusted: not in the ledger, or changed since they were recorded.
 */
public record LedgerCheck(int entries, List<String> problems, Set<String> untrustedRows) {
    public LedgerCheck {
        problems = List.copyOf(problems);
        untrustedRows = Set.copyOf(untrustedRows);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** Whether row {@code refId} of {@code kind} is in the ledger as it is now. */
    public boolean trusts(String kind, long refId) {
        return !untrustedRows.contains(row(kind, refId));
    }

    static String row(String kind, long refId) {
        return kind + " " + refId;
    }

    /** "ledger: 12 entries, chain intact" or "ledger: BROKEN at …" with the count of further problems. */
    public String summary() {
        if (intact()) {
            return "ledger: " + entries + " entries, chain intact";
        }
        return "ledger: BROKEN at " + problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
