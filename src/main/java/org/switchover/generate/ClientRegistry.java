package org.switchover.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generated clients as later tables need them: merge chains resolved (survivor or broken), when each
 * became known, and recorded deaths. Client numbers run 1..count.
 */
final class ClientRegistry {
    /** client_no values that do not exist start here (above any generated client). */
    static final int MISSING_CLIENT_BASE = 50_000_000;

    private final int count;
    final int[] mergedInto;
    final int[] survivor;
    final int[] createdDay;
    final int[] deathDay;
    private final Map<Integer, List<Integer>> duplicatesBySurvivor = new HashMap<>();
    private final List<Integer> deadClients = new ArrayList<>();

    ClientRegistry(int count) {
        this.count = count;
        this.mergedInto = new int[count + 1];
        this.survivor = new int[count + 1];
        this.createdDay = new int[count + 1];
        this.deathDay = new int[count + 1];
        java.util.Arrays.fill(deathDay, -1);
    }

    int count() {
        return count;
    }

    /** Follows merged_into to the end: the survivor's client_no, or 0 when the chain loops or ends at no client. */
    void resolveMerges() {
        for (int start = 1; start <= count; start++) {
            int current = start;
            int steps = 0;
            while (current >= 1 && current <= count && mergedInto[current] != 0 && steps <= count) {
                current = mergedInto[current];
                steps++;
            }
            boolean ok = current >= 1 && current <= count && mergedInto[current] == 0;
            survivor[start] = ok ? current : 0;
            if (ok && current != start) {
                duplicatesBySurvivor.computeIfAbsent(current, k -> new ArrayList<>()).add(start);
            }
        }
    }

    /** The survivor a client_no resolves to, or 0 for 0, -1, a missing client, or a broken chain. */
    int survivorOf(int clientNo) {
        return clientNo >= 1 && clientNo <= count ? survivor[clientNo] : 0;
    }

    boolean isSurvivor(int clientNo) {
        return survivorOf(clientNo) == clientNo;
    }

    int random(SplittableRandom random) {
        return 1 + random.nextInt(count);
    }

    /** A client_no that resolves to nobody: the placeholders 0 and -1, or a number no client has. */
    int unknown(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> -1;
            default -> MISSING_CLIENT_BASE + random.nextInt(1_000_000);
        };
    }

    /** Another client record of the same person (a merged duplicate) when one exists, else the survivor itself. */
    int anotherRecordOf(int survivorNo, SplittableRandom random) {
        List<Integer> duplicates = duplicatesBySurvivor.get(survivorNo);
        return duplicates == null ? survivorNo : duplicates.get(random.nextInt(duplicates.size()));
    }

    void recordDeath(int clientNo, int day) {
        deathDay[clientNo] = day;
        deadClients.add(clientNo);
    }

    List<Integer> deadClients() {
        return deadClients;
    }
}
