package org.switchover.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides which clients are merged duplicates and where merged_into points: mostly at a survivor, some at
 * another duplicate (chains of 2+), a few in loops and a few at client numbers that do not exist.
 */
final class MergePlan {
    /** The first clients are never duplicates, so every duplicate has earlier records to point at. */
    static final int FIRST_CANDIDATE = 10;
    private static final int TRIES = 20;

    private MergePlan() {
    }

    static void plan(ClientRegistry clients, DefectRates rates, SplittableRandom random) {
        int candidates = Math.max(0, clients.count() - FIRST_CANDIDATE + 1);
        long duplicates = candidates == 0 || rates.duplicateClient() <= 0 ? 0 : Math.max(1, Math.round(rates.duplicateClient() * candidates));
        Quota duplicate = new Quota(rates.duplicateClient(), candidates);
        Quota chain = new Quota(rates.mergeChain(), duplicates);
        Quota loop = new Quota(rates.brokenMergeChain() / 2, duplicates);
        Quota missing = new Quota(rates.brokenMergeChain() / 2, duplicates);
        List<Integer> plainDuplicates = new ArrayList<>();
        int[] merged = clients.mergedInto;
        for (int client = FIRST_CANDIDATE; client <= clients.count(); client++) {
            if (!duplicate.next(random)) {
                continue;
            }
            boolean asChain = chain.next(random);
            boolean asLoop = loop.next(random);
            boolean asMissing = missing.next(random);
            if (merged[client] != 0) {
                continue; // already the second half of a loop
            }
            if (asLoop && merged[client - 1] == 0) {
                merged[client] = client - 1;
                merged[client - 1] = client;
            } else if (asMissing) {
                merged[client] = ClientRegistry.MISSING_CLIENT_BASE + client;
            } else if (asChain && !plainDuplicates.isEmpty()) {
                merged[client] = plainDuplicates.get(random.nextInt(plainDuplicates.size()));
            } else {
                int target = earlierSurvivor(merged, client, random);
                if (target > 0) {
                    merged[client] = target;
                    plainDuplicates.add(client);
                }
            }
        }
    }

    private static int earlierSurvivor(int[] merged, int client, SplittableRandom random) {
        for (int i = 0; i < TRIES; i++) {
            int candidate = 1 + random.nextInt(client - 1);
            if (merged[candidate] == 0) {
                return candidate;
            }
        }
        return 0;
    }
}
