package org.switchover.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes s47_icpc (enquiries and initial conferences) and returns them for the CP plans that follow. */
final class S47Generator {
    /** One written enquiry: what cp_registration needs to link to it. */
    record S47(int id, int clientNo, int icpcDay, boolean planMade, String fate) {
    }

    private final GenerationContext context;
    private final SplittableRandom random;

    S47Generator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("s47_icpc");
    }

    List<S47> generate(ClientRegistry clients, Workforce workforce, List<Referral> accepted) {
        int n = context.volumes().s47s();
        DefectRates rates = context.rates();
        Quota unknownClient = new Quota(rates.unknownClient(), n);
        Quota dangling = new Quota(rates.danglingReference(), n);
        Quota placeholder = new Quota(rates.placeholderWorker(), n);
        List<S47> enquiries = new ArrayList<>(n);
        try (TableWriter writer = context.writer("s47_icpc")) {
            for (int id = 1; id <= n; id++) {
                Referral r = accepted.get(random.nextInt(accepted.size()));
                int clientNo = unknownClient.next(random) ? clients.unknown(random) : r.clientNo;
                boolean danglingRef = dangling.next(random);
                int asOf = context.asOfDay();
                int strategy = Math.min(asOf, r.refDay + random.nextInt(6));
                int start = Math.min(asOf, strategy + random.nextInt(4));
                int end = start + 10 + random.nextInt(10);
                int icpc = start + 10 + random.nextInt(6);
                double p = random.nextDouble();
                String outcome = p < 0.45 ? "CPP" : p < 0.80 ? "NFA" : p < 0.95 ? "NOT REQ" : null;
                boolean conferenceHeld = icpc <= asOf && ("CPP".equals(outcome) || "NFA".equals(outcome) && random.nextDouble() < 0.2);
                if (icpc > asOf) {
                    outcome = null; // conference not held yet
                }
                writer.row(id, danglingRef ? AllocationGenerator.MISSING_REFERRAL_BASE + id : r.id, clientNo,
                        Days.date(strategy), Days.date(start), end <= asOf ? Days.date(end) : null,
                        Days.date(start + 15), conferenceHeld ? Days.date(icpc) : null, outcome,
                        workforce.worker(random, placeholder.next(random)), context.updated(Math.min(asOf, icpc), random));
                String fate = clients.survivorOf(clientNo) == 0 ? "unknown_client"
                        : danglingRef || !r.loaded() ? "unknown_referral" : null;
                context.tally().fate(Mapping.S47_ENQUIRY, fate);
                context.tally().fate(Mapping.INITIAL_CP_CONFERENCE, conferenceHeld ? fate : "no_icpc");
                enquiries.add(new S47(id, clientNo, conferenceHeld ? icpc : -1, conferenceHeld && "CPP".equals(outcome), fate));
            }
            context.rowsWritten("s47_icpc", writer.rows());
        }
        return enquiries;
    }
}
