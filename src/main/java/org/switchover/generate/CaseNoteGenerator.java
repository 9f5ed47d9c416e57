package org.switchover.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes case_note (latin1), the largest table: prose with Windows-1252 punctuation, some NUL bytes, some
 * notes over 64 KB, and some notes dated after the client's recorded death. Streams; keeps nothing.
 */
final class CaseNoteGenerator {
    static final List<String> NOTE_TYPES = List.of("VISIT", "VISIT", "VISIT-ALONE", "SUPERVISION", "PHONE", "PHONE",
            "PHONE", "MGMT", "OTHER");
    static final int MIN_BODY = 60;
    static final int BODY_SPREAD = 300;
    /** Oversized notes exceed MEDIUMTEXT's neighbour TEXT (65,535 bytes) by at least this much. */
    static final int OVERSIZED_MIN = 66_000;
    static final int OVERSIZED_SPREAD = 40_000;

    private final GenerationContext context;
    private final SplittableRandom random;
    private final LegacyText text;

    CaseNoteGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("case_note");
        this.text = new LegacyText(random);
    }

    void generate(ClientRegistry clients, Workforce workforce) {
        int n = context.volumes().caseNotes();
        DefectRates rates = context.rates();
        Quota unknownClient = new Quota(rates.unknownClient(), n);
        Quota afterDeath = new Quota(rates.noteAfterDeath(), n);
        Quota zeroDate = new Quota(rates.zeroDate(), n);
        Quota nul = new Quota(rates.nulInText(), n);
        Quota oversized = new Quota(rates.oversizedNote(), n);
        Quota placeholder = new Quota(rates.placeholderWorker(), n);
        List<Integer> dead = clients.deadClients();
        GroundTruthTally tally = context.tally();
        tally.trackLossy("case_note.note_dt", "case_note.body");
        try (TableWriter writer = context.writer("case_note")) {
            for (long id = 1; id <= n; id++) {
                boolean unknown = unknownClient.next(random);
                int client;
                int day;
                if (afterDeath.next(random) && !dead.isEmpty()) {
                    client = dead.get(random.nextInt(dead.size()));
                    day = Days.between(clients.deathDay[client] + 1, context.asOfDay(), random);
                } else {
                    client = clients.random(random);
                    int last = clients.deathDay[client] >= 0 ? clients.deathDay[client] : context.asOfDay();
                    day = Days.between(clients.createdDay[client], last, random);
                }
                int clientNo = unknown ? clients.unknown(random) : client;
                boolean zero = zeroDate.next(random);
                boolean withNul = nul.next(random);
                int length = oversized.next(random) ? OVERSIZED_MIN + random.nextInt(OVERSIZED_SPREAD)
                        : MIN_BODY + random.nextInt(BODY_SPREAD);
                String body = text.body(length, random.nextDouble() < rates.windows1252Punctuation());
                if (withNul) {
                    body = text.withNul(body);
                }
                writer.row(id, clientNo, zero ? Days.ZERO_DATETIME : Days.dateTime(day, random), text.pick(NOTE_TYPES),
                        body, workforce.worker(random, placeholder.next(random)), context.updated(day, random));
                boolean loaded = clients.survivorOf(clientNo) > 0;
                tally.fate(Mapping.CASE_NOTES, loaded ? null : "unknown_client");
                if (loaded && zero) {
                    tally.lossy("case_note.note_dt");
                }
                if (loaded && withNul) {
                    tally.lossy("case_note.body");
                }
            }
            context.rowsWritten("case_note", writer.rows());
        }
    }
}
