package org.switchover.cutover;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The go-live weekend by the clock, from {@code plan --start}: the freeze, the final load with its reconciliation (the
 * slowest recent dry run plus a buffer), the GO / NO-GO decision point with who decides, then either go-live or the
 * fallback, and the rekey tasks. A step whose length is not known yet (no dry run) leaves the times after it open.
 */
public record Timetable(LocalDateTime start, List<Slot> slots, List<String> deciders) {
    /** Locking users out of legacy, stopping its batch jobs and `switchover freeze`. */
    public static final int FREEZE_MINUTES = 15;
    /** Added to the slowest recent dry run for the final load: a production weekend is no time to run late. */
    public static final int FINAL_LOAD_BUFFER_PERCENT = 50;
    /** Reading the final load's report and deciding GO or NO-GO. */
    public static final int DECISION_MINUTES = 30;
    /** Opening the new system to users after GO. */
    public static final int GO_LIVE_MINUTES = 30;
    /** Falling back after NO-GO: legacy unfrozen, users told. */
    public static final int FALLBACK_MINUTES = 60;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One step: from, until (null when not known), its name and what is done. */
    public record Slot(LocalDateTime from, LocalDateTime until, String step, String what) {
    }

    /**
     * @param slowestDryRunSeconds the slowest of the recent successful dry runs (started to ended), null when there is none
     * @param slowestRunId         that run
     * @param rekeyTasks           records the owners decided to rekey by hand after go-live
     */
    public static Timetable of(LocalDateTime start, Double slowestDryRunSeconds, Long slowestRunId, List<String> deciders, int rekeyTasks) {
        List<Slot> slots = new ArrayList<>();
        LocalDateTime loadStart = start.plusMinutes(FREEZE_MINUTES);
        slots.add(new Slot(start, loadStart, "freeze", "lock users out of legacy, stop its batch jobs; `switchover freeze`"));
        LocalDateTime decision = null;
        if (slowestDryRunSeconds == null) {
            slots.add(new Slot(loadStart, null, "final load", "`switchover final-load` (loads, reconciles, marks production on GO); "
                    + "length unknown: no successful dry run yet"));
        } else {
            long seconds = Math.round(slowestDryRunSeconds * (100 + FINAL_LOAD_BUFFER_PERCENT) / 100.0);
            decision = loadStart.plusSeconds(seconds);
            slots.add(new Slot(loadStart, decision, "final load", "`switchover final-load` (loads, reconciles, marks production on GO); "
                    + Runbook.duration(slowestDryRunSeconds) + " as the slowest recent dry run (run " + slowestRunId + ") + "
                    + FINAL_LOAD_BUFFER_PERCENT + " %"));
        }
        LocalDateTime decided = decision == null ? null : decision.plusMinutes(DECISION_MINUTES);
        slots.add(new Slot(decision, decided, "GO / NO-GO decision", "`switchover status`: the final load's verdict; "
                + "the required roles decide (below)"));
        slots.add(new Slot(decided, decided == null ? null : decided.plusMinutes(GO_LIVE_MINUTES), "if GO: go-live",
                "open the new system to users; legacy stays read-only for reference"));
        slots.add(new Slot(decided, decided == null ? null : decided.plusMinutes(FALLBACK_MINUTES), "if NO_GO: fallback",
                "unfreeze legacy (users back in, batch jobs restarted); the target is not marked production "
                        + "(final-load marks it only on GO); tell users and set a new date"));
        slots.add(new Slot(decided == null ? null : decided.plusMinutes(GO_LIVE_MINUTES), null, "after go-live: rekey",
                rekeyTasks == 0 ? "no record to enter by hand" : rekeyTasks + " record" + (rekeyTasks == 1 ? "" : "s")
                        + " to enter by hand (step 7)"));
        return new Timetable(start, List.copyOf(slots), List.copyOf(deciders));
    }

    /** The timetable as plain lines: one per step, then who decides, one role per line (role names hold commas). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Timetable from " + time(start) + ":");
        for (Slot slot : slots) {
            lines.add(String.format(Locale.ROOT, "  %-20s - %-20s  %-20s  %s", time(slot.from()), time(slot.until()), slot.step(), slot.what()));
        }
        lines.add("Who decides GO / NO-GO (each must have signed off the dry run):");
        deciders.forEach(role -> lines.add("  - " + role));
        return lines;
    }

    /** The same as a Markdown table and list. */
    public List<String> markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("## Timetable from " + time(start));
        lines.add("");
        lines.add("| from | until | step | what |");
        lines.add("|---|---|---|---|");
        slots.forEach(slot -> lines.add("| " + time(slot.from()) + " | " + time(slot.until()) + " | " + slot.step() + " | "
                + slot.what().replace("|", "\\|") + " |"));
        lines.add("");
        lines.add("Who decides GO / NO-GO (each must have signed off the dry run):");
        lines.add("");
        deciders.forEach(role -> lines.add("- " + role));
        return lines;
    }

    /** How long from the start to the decision, or null when not known. */
    public Duration toDecision() {
        LocalDateTime decision = slots.get(2).from();
        return decision == null ? null : Duration.between(start, decision);
    }

    private static String time(LocalDateTime at) {
        return at == null ? "?" : CLOCK.format(at);
    }
}
