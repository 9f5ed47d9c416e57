package org.switchover.mapping;

import java.util.Map;

/**
 * Time to resolve the merge chains of N clients (every 50th merged into the next) and to copy the survivors into a
 * map of their own, as a run does before its first person lookup: bench/merge-chains.sh runs it for each N given,
 * three rounds, and prints each round's milliseconds. Not a test: speed is measured by scripts.
 */
public final class MergeChainsBench {
    private MergeChainsBench() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            int clients = Integer.parseInt(arg);
            for (int round = 1; round <= 3; round++) {
                Map<String, String> mergedInto = new KeyTextMap();
                for (int i = 1; i <= clients; i++) {
                    mergedInto.put(Integer.toString(i), i % 50 == 0 ? Integer.toString(i + 1) : null);
                }
                long started = System.nanoTime();
                DatabaseReferences.MergeChains resolved = DatabaseReferences.MergeChains.resolve(mergedInto, 100);
                long chains = System.nanoTime();
                Map<String, String> personIds = new KeyTextMap();
                resolved.survivors().forEach(personIds::put);
                long copied = System.nanoTime();
                System.out.printf("clients %d round %d: resolve %d ms, copy survivors %d ms%n", clients, round,
                        (chains - started) / 1_000_000, (copied - chains) / 1_000_000);
            }
        }
    }
}
