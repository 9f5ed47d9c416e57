package org.switchover.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes team and staff (a fixed-size workforce at every scale) and remembers who is a real worker, who has
 * left, and the placeholders (UNALLOC, one DUTY-* per duty team) that later tables point at.
 */
final class Workforce {
    static final String UNALLOCATED = "UNALLOC";
    static final List<String> AREAS = List.of("N", "C", "S", "E");
    static final int FAMILIES_FIRST_TEAMS_PER_AREA = 6;
    /** Teams closed in a restructure: still referenced by old records. */
    static final Set<String> INACTIVE_TEAMS = Set.of("FF-E6", "LAC-E");
    /** Share of staff who have left (active_yn = N) over 20 years of turnover. */
    static final double LEFT_SHARE = 0.3;
    private static final List<String> JOB_TITLES = List.of("Social Worker", "Senior Social Worker",
            "Advanced Practitioner", "Team Manager", "Family Support Worker", "Newly Qualified Social Worker");

    final List<String> activeWorkers = new ArrayList<>();
    final List<String> leftWorkers = new ArrayList<>();
    final List<String> placeholders = new ArrayList<>();
    final List<String> dutyTeams = new ArrayList<>();
    final List<String> caseTeams = new ArrayList<>();

    /** Writes team then staff rows. */
    void write(GenerationContext context) {
        SplittableRandom random = context.stream("team");
        try (TableWriter teams = context.writer("team")) {
            teams.row("CSC", "Children's Social Care", null, "Y");
            for (String area : AREAS) {
                String duty = "DUTY-" + area;
                dutyTeams.add(duty);
                teams.row(duty, "First Contact and Duty " + area, "CSC", "Y");
                for (int i = 1; i <= FAMILIES_FIRST_TEAMS_PER_AREA; i++) {
                    String code = "FF-" + area + i;
                    caseTeams.add(code);
                    teams.row(code, "Families First " + area + " " + i, "CSC", INACTIVE_TEAMS.contains(code) ? "N" : "Y");
                }
                teams.row("CP-" + area, "Child Protection " + area, "CSC", "Y");
                teams.row("LAC-" + area, "Looked After Children " + area, "CSC", INACTIVE_TEAMS.contains("LAC-" + area) ? "N" : "Y");
            }
            teams.row("EH-N", "Early Help North", "CSC", "Y");
            teams.row("EH-S", "Early Help South", "CSC", "Y");
            teams.row("OOH", "Out of Hours Emergency Duty", "CSC", "Y");
            context.rowsWritten("team", teams.rows());
            for (long i = 0; i < teams.rows(); i++) {
                context.tally().loaded(Mapping.DEPARTMENT);
            }
        }
        try (TableWriter staff = context.writer("staff")) {
            staff.row(UNALLOCATED, "UNALLOCATED, Placeholder", "CSC", "Placeholder", null, "N", new BigDecimal("0.00"), "Y");
            placeholders.add(UNALLOCATED);
            for (String duty : dutyTeams) {
                staff.row(duty, "DUTY, " + duty, duty, "Placeholder", null, "N", new BigDecimal("0.00"), "Y");
                placeholders.add(duty);
            }
            LegacyText text = new LegacyText(random);
            for (int i = 1; staff.rows() < context.volumes().staff(); i++) {
                String code = String.format("W%05d", i);
                String title = text.pick(JOB_TITLES);
                boolean socialWorker = title.contains("Social Worker") || title.contains("Practitioner") || title.contains("Manager");
                boolean left = random.nextDouble() < LEFT_SHARE;
                String team = random.nextInt(4) == 0 ? dutyTeams.get(random.nextInt(dutyTeams.size())) : caseTeams.get(random.nextInt(caseTeams.size()));
                BigDecimal fte = BigDecimal.valueOf(50 + random.nextInt(51), 2);
                staff.row(code, text.pick(LegacyText.SURNAMES) + ", " + text.pick(LegacyText.FORENAMES), team, title,
                        socialWorker ? String.format("SW%06d", 100_000 + random.nextInt(900_000)) : null,
                        random.nextDouble() < 0.15 ? "Y" : "N", fte, left ? "N" : "Y");
                (left ? leftWorkers : activeWorkers).add(code);
            }
            context.rowsWritten("staff", staff.rows());
            for (String ignored : placeholders) {
                context.tally().excluded(Mapping.PROFESSIONALS, "placeholder_worker");
            }
            for (int i = 0; i < activeWorkers.size() + leftWorkers.size(); i++) {
                context.tally().loaded(Mapping.PROFESSIONALS);
            }
        }
    }

    boolean isPlaceholder(String workerCd) {
        return placeholders.contains(workerCd);
    }

    /** A worker for a referral, assessment or note: a real current one, or a placeholder when the quota says so. */
    String worker(SplittableRandom random, boolean placeholder) {
        if (placeholder) {
            return placeholders.get(random.nextInt(placeholders.size()));
        }
        return activeWorkers.get(random.nextInt(activeWorkers.size()));
    }

    /** A real worker for historic work: anyone, whether or not they have left since. */
    String historicWorker(SplittableRandom random) {
        int index = random.nextInt(activeWorkers.size() + leftWorkers.size());
        return index < activeWorkers.size() ? activeWorkers.get(index) : leftWorkers.get(index - activeWorkers.size());
    }

    String leftWorker(SplittableRandom random) {
        return leftWorkers.get(random.nextInt(leftWorkers.size()));
    }

    String dutyPlaceholder(SplittableRandom random) {
        return dutyTeams.get(random.nextInt(dutyTeams.size()));
    }
}
