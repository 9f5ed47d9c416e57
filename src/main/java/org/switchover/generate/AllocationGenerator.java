package org.switchover.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes allocation: key workers for referrals (some reallocated, some co-workers), duty placeholders for
 * cases still on duty, and older client-level allocations. Records which open cases count as allocated.
 */
final class AllocationGenerator {
    static final int MISSING_REFERRAL_BASE = 80_000_000;
    static final double REALLOCATED = 0.3;
    static final double CO_WORKER = 0.1;
    static final double CLIENT_LEVEL = 0.08;
    /** The README's involvement roles by alloc_type; a placeholder worker makes any allocation a DUTY one. */
    static final Map<String, String> ROLES = Map.of("KEY", "ALLOCATED_CW", "DUTY", "DUTY", "CO", "CO_WORKER");

    private final GenerationContext context;
    private final SplittableRandom random;
    private final Set<Integer> allocatedReferrals = new HashSet<>();
    private final Set<Integer> allocatedSurvivors = new HashSet<>();
    private final Set<Integer> leftWorkerReferrals = new HashSet<>();
    private final Set<Integer> leftWorkerSurvivors = new HashSet<>();
    private ClientRegistry clients;
    private Workforce workforce;
    private TableWriter writer;
    private Quota dangling;
    private int n;

    AllocationGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("allocation");
    }

    void generate(ClientRegistry clients, Workforce workforce, List<Referral> referrals) {
        this.clients = clients;
        this.workforce = workforce;
        this.n = context.volumes().allocations();
        this.dangling = new Quota(context.rates().danglingOptionalLink(), n);
        Quota leftWorker = new Quota(context.rates().leftWorkerAllocation(), n);
        context.tally().trackLossy("allocation.ref_id");
        boolean pendingLeft = false;
        try (TableWriter allocations = context.writer("allocation")) {
            this.writer = allocations;
            // newest first: if the volume runs out, it is old closed work that goes without allocations
            for (int i = referrals.size() - 1; i >= 0; i--) {
                Referral r = referrals.get(i);
                if (writer.rows() >= n) {
                    break;
                }
                pendingLeft |= leftWorker.next(random);
                if (r.nfa) {
                    continue;
                }
                int start = Math.min(context.asOfDay(), r.refDay + 1 + random.nextInt(10));
                if (!r.open) {
                    int end = Math.max(start, r.endDay);
                    if (random.nextDouble() < REALLOCATED && end - start > 2) {
                        int middle = Days.between(start + 1, end - 1, random);
                        write(r, workforce.historicWorker(random), "KEY", start, middle);
                        start = middle;
                    }
                    write(r, workforce.historicWorker(random), "KEY", start, end);
                } else if (!r.dutyPlanned) {
                    String worker = pendingLeft ? workforce.leftWorker(random) : workforce.worker(random, false);
                    pendingLeft = false;
                    int end = random.nextDouble() < 0.05 ? context.asOfDay() + 10 + random.nextInt(90) : -1;
                    write(r, worker, "KEY", start, end);
                } else {
                    onDuty(r, start);
                }
                if (random.nextDouble() < CO_WORKER) {
                    write(r, workforce.historicWorker(random), "CO", start, r.open ? -1 : Math.max(start, r.endDay));
                }
            }
            Quota unknownClient = new Quota(context.rates().unknownClient(), Math.max(0, n - writer.rows()));
            while (writer.rows() < n) {
                int client = clients.random(random);
                int start = Days.between(clients.createdDay[client], context.asOfDay() - 1, random);
                int end = Days.between(start, context.asOfDay() - 1, random);
                int clientNo = unknownClient.next(random) ? clients.unknown(random) : client;
                row(clientNo, null, workforce.historicWorker(random), random.nextBoolean() ? "KEY" : "CO", start, end);
            }
            context.rowsWritten("allocation", writer.rows());
        }
    }

    /** Open duty referral: nobody, a duty placeholder, a KEY "allocation" to UNALLOC, or a key worker who has finished. */
    private void onDuty(Referral r, int start) {
        switch (random.nextInt(4)) {
            case 1 -> write(r, workforce.dutyPlaceholder(random), "DUTY", start, -1);
            case 2 -> write(r, Workforce.UNALLOCATED, "KEY", start, -1);
            case 3 -> {
                if (start < context.asOfDay() - 1) {
                    write(r, workforce.historicWorker(random), "KEY", start, Days.between(start, context.asOfDay() - 1, random));
                }
            }
            default -> { }
        }
    }

    private void write(Referral r, String worker, String type, int start, int end) {
        if (writer.rows() >= n) {
            return;
        }
        Integer ref = random.nextDouble() < CLIENT_LEVEL ? null : r.id;
        row(r.clientNo, ref, worker, type, start, end);
    }

    private void row(int clientNo, Integer ref, String worker, String type, int start, int end) {
        boolean danglingRef = dangling.next(random);
        if (danglingRef) {
            ref = MISSING_REFERRAL_BASE + (int) writer.rows();
        }
        writer.row((int) writer.rows() + 1, clientNo, ref, worker, type, Days.date(start), Days.dateOrNull(end),
                context.updated(Math.max(start, end), random));
        int survivor = clients.survivorOf(clientNo);
        context.tally().fate(Mapping.INVOLVEMENTS, survivor > 0 ? null : "unknown_client");
        if (survivor == 0) {
            return;
        }
        context.tally().census("ssd_involvements.invo_professional_role_id", workforce.isPlaceholder(worker) ? "DUTY" : ROLES.get(type));
        if (danglingRef) {
            context.tally().lossy("allocation.ref_id");
        }
        boolean openKeyToRealWorker = "KEY".equals(type) && !workforce.isPlaceholder(worker)
                && (end < 0 || end > context.asOfDay());
        if (openKeyToRealWorker) {
            // a dangling ref_id becomes NULL in the target, so it names no referral: it covers the whole person
            boolean namesReferral = ref != null && !danglingRef;
            (namesReferral ? allocatedReferrals : allocatedSurvivors).add(namesReferral ? ref : survivor);
            if (workforce.leftWorkers.contains(worker)) {
                (namesReferral ? leftWorkerReferrals : leftWorkerSurvivors).add(namesReferral ? ref : survivor);
            }
        }
    }

    /** Open duty cases per the README: loaded, open, and no open KEY allocation to a real worker covering them. */
    List<Integer> openDutyCases(List<Referral> referrals) {
        return referrals.stream().filter(r -> r.loaded() && r.openByRules())
                .filter(r -> !allocatedReferrals.contains(r.id) && !allocatedSurvivors.contains(r.survivor))
                .map(r -> r.id).sorted().toList();
    }

    /** Open cases whose covering KEY allocation is to a worker who has left (a reconciliation warning). */
    List<Integer> openCasesAllocatedToLeftWorkers(List<Referral> referrals) {
        return referrals.stream().filter(r -> r.loaded() && r.openByRules())
                .filter(r -> leftWorkerReferrals.contains(r.id) || leftWorkerSurvivors.contains(r.survivor))
                .map(r -> r.id).sorted().toList();
    }
}
