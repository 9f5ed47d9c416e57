package org.switchover.operation;

import java.util.List;

/** The lines of `switchover status`, to print as they are, and whether the ledger held (chain intact, copy matching). */
public record StatusResult(List<String> lines, boolean ledgerIntact) {
    public StatusResult {
        lines = List.copyOf(lines);
    }
}
