package org.switchover.cutover;

import org.switchover.mapping.DatabaseReferences;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Walks a person's merge chain as it is now, to see whether a row's person depends on a person the delta changed. */
final class MergeChainWalk {
    private final Map<String, String> mergedInto;

    MergeChainWalk(Map<String, String> mergedInto) {
        this.mergedInto = mergedInto;
    }

    /**
     * True when a legacy person on the chain from {@code personKey} (itself included) is in {@code changed}, or
     * the chain is broken (loops, or passes through a person that no longer exists) while starting at a
     * real person: such rows may have lost their person since the earlier load.
     */
    boolean touchesOrBroken(String personKey, Set<String> changed) {
        if (personKey == null) {
            return false;
        }
        String current = personKey;
        Set<String> seen = new HashSet<>();
        while (true) {
            if (changed.contains(current)) {
                return true;
            }
            if (!mergedInto.containsKey(current)) {
                return !current.equals(personKey); // missing at the start: always rejected, nothing to redo
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
