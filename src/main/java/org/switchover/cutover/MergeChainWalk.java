package org.switchover.cutover;

import org.switchover.mapping.DatabaseReferences;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Walks a client's merge chain as it is now, to see whether a row's person depends on a client the delta changed. */
final class MergeChainWalk {
    private final Map<String, String> mergedInto;

    MergeChainWalk(Map<String, String> mergedInto) {
        this.mergedInto = mergedInto;
    }

    /**
     * True when a client on the chain from {@code clientNo} (itself included) is in {@code changed}, or
     * the chain is broken (loops, or passes through a client that no longer exists) while starting at a
     * real client: such rows may have lost their person since the earlier load.
     */
    boolean touchesOrBroken(String clientNo, Set<String> changed) {
        if (clientNo == null) {
            return false;
        }
        String current = clientNo;
        Set<String> seen = new HashSet<>();
        while (true) {
            if (changed.contains(current)) {
                return true;
            }
            if (!mergedInto.containsKey(current)) {
                return !current.equals(clientNo); // missing at the start: always rejected, nothing to redo
            }
            String next = mergedInto.get(current);
            if (next == null) {
                return false;
            }
            if (!seen.add(current) || seen.size() > DatabaseReferences.MAX_MERGE_CHAIN) {
                return true;
            }
            current = next.trim();
        }
    }
}
