package org.switchover.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes contact_log: first the contact each referral came from (same client, outcome REF), then the
 * front-door contacts that went nowhere (NFA, advice, early help), some without a known client.
 */
final class ContactGenerator {
    /** Contacts this close to the extract date may still be sitting with duty. */
    static final int DUTY_WINDOW_DAYS = 7;
    private static final List<String> OUTCOMES = List.of("NFA", "NFA", "NFA", "ADV", "ADV", "EH", "EH");
    private static final List<String> SOURCE_TEXTS = List.of("Police notification", "School DSL", "Health visitor",
            "GP", "Anonymous caller", "Neighbour", "Parent", "Housing", "A&E");

    private final GenerationContext context;
    private final SplittableRandom random;
    private final Vocabulary codes;

    ContactGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("contact_log");
        this.codes = new Vocabulary(random, context.rates().lowerCaseCode());
    }

    void write(ClientRegistry clients, Workforce workforce, List<Referral> referrals) {
        int n = context.volumes().contacts();
        DefectRates rates = context.rates();
        Quota zeroDate = new Quota(rates.zeroDate(), n);
        Quota unmapped = new Quota(rates.unmappedCode(), n);
        GroundTruthTally tally = context.tally();
        tally.trackLossy("contact_log.contact_dt");
        tally.trackUnmapped("contact_log.source_cd");
        int id = 0;
        try (TableWriter writer = context.writer("contact_log")) {
            for (Referral r : referrals) {
                if (r.contactId == 0 || id >= n) {
                    r.contactId = 0;
                    continue;
                }
                r.contactId = ++id;
                int day = Math.max(context.firstDay(), r.refDay - random.nextInt(4));
                boolean zero = zeroDate.next(random);
                Coded source = unmapped.next(random) ? Coded.unmappedCode(codes.pick(Vocabulary.SOURCE_UNMAPPED)) : r.source;
                row(writer, id, r.clientNo, day, zero, source, "REF", "CLOSED", workforce);
                tallyContact(tally, clients.survivorOf(r.clientNo) > 0, zero, source);
            }
            Quota withoutClient = new Quota(rates.contactWithoutClient(), n - id);
            while (id < n) {
                id++;
                boolean unknown = withoutClient.next(random);
                int client = clients.random(random);
                int day = Days.between(clients.createdDay[client], context.asOfDay(), random);
                int clientNo = unknown ? clients.unknown(random) : client;
                boolean recent = context.asOfDay() - day < DUTY_WINDOW_DAYS;
                String status = recent ? codes.pick(List.of("DUTY", "D/A", "OPEN")) : "CLOSED";
                boolean zero = zeroDate.next(random);
                Coded source = codes.source(unmapped.next(random));
                row(writer, id, clientNo, day, zero, source, recent ? null : codes.pick(OUTCOMES), status, workforce);
                tallyContact(tally, clients.survivorOf(clientNo) > 0, zero, source);
            }
            context.rowsWritten("contact_log", writer.rows());
        }
    }

    private void row(TableWriter writer, int id, int clientNo, int day, boolean zero, Coded source, String outcome,
                     String status, Workforce workforce) {
        writer.row(id, clientNo, zero ? Days.ZERO_DATETIME : Days.dateTime(day, random), source.raw(),
                codes.pick(SOURCE_TEXTS), outcome, status, workforce.dutyPlaceholder(random), context.updated(day, random));
    }

    private static void tallyContact(GroundTruthTally tally, boolean loaded, boolean zero, Coded source) {
        tally.fate(Mapping.CONTACTS, loaded ? null : "unknown_client");
        if (!loaded) {
            return;
        }
        tally.census("ssd_contacts.cont_contact_source_code", source.census());
        if (zero) {
            tally.lossy("contact_log.contact_dt");
        }
        if (source.unmapped()) {
            tally.unmapped("contact_log.source_cd");
        }
    }
}
