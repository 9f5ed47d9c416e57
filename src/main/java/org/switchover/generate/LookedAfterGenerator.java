package org.switchover.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Writes lac_episode: periods in care with legal status, placement and reason for ending. */
final class LookedAfterGenerator {
    static final List<String> LEGAL_STATUSES = List.of("C1", "C2", "C2", "C2", "J1", "J2", "J3", "L1", "L2", "L3",
            "E1", "V2", "V2", "V3", "V4", "D1");
    static final List<String> PLACEMENTS = List.of("U1", "U3", "U4", "U5", "U6", "R1", "K2", "P1", "H5", "Z1");
    static final List<String> REASONS_ENDED = List.of("E11", "E12", "E13", "E41", "E45", "E4A", "E3", "E8", "X1");
    static final double ENDED_SHARE = 0.7;

    private final GenerationContext context;
    private final SplittableRandom random;

    LookedAfterGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("lac_episode");
    }

    void generate(ClientRegistry clients) {
        int n = context.volumes().lacEpisodes();
        Quota unknownClient = new Quota(context.rates().unknownClient(), n);
        Quota zeroDate = new Quota(context.rates().zeroDate(), n);
        GroundTruthTally tally = context.tally();
        tally.trackLossy("lac_episode.start_dt");
        try (TableWriter writer = context.writer("lac_episode")) {
            for (int id = 1; id <= n; id++) {
                int client = clients.random(random);
                int clientNo = unknownClient.next(random) ? clients.unknown(random) : client;
                int start = Days.between(clients.createdDay[client], context.asOfDay(), random);
                int end = random.nextDouble() < ENDED_SHARE ? start + 30 + random.nextInt(900) : -1;
                if (end > context.asOfDay()) {
                    end = -1;
                }
                boolean zero = zeroDate.next(random);
                writer.row(id, clientNo, zero ? Days.ZERO_DATE : Days.date(start), pick(LEGAL_STATUSES), pick(PLACEMENTS),
                        Days.dateOrNull(end), end < 0 ? null : pick(REASONS_ENDED), context.updated(Math.max(start, end), random));
                boolean loaded = clients.survivorOf(clientNo) > 0;
                tally.fate(Mapping.CLA_EPISODES, loaded ? null : "unknown_client");
                if (loaded && zero) {
                    tally.lossy("lac_episode.start_dt");
                }
            }
            context.rowsWritten("lac_episode", writer.rows());
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
