package org.switchover.dryrun;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall-clock seconds of each phase of a dry run, in the order they ran. Printed as
 * {@code phase NAME SECONDS s} lines, which bench/run.sh reads to time the phases apart.
 */
public final class PhaseTimes {
    /** From the JVM's start to the run's: the JVM, the command line, the settings and mappings read (start-up cost). */
    public static final String STARTUP = "startup";
    /** Both servers reached, the preflight checks and the target's load lock. */
    public static final String PREFLIGHT = "preflight";
    /** Flyway, the production check and emptying csc. */
    public static final String PREPARE = "prepare";
    /** The engine: every mapping read, transformed, loaded and recorded. */
    public static final String MIGRATION = "migration";
    /** Writing the counts report. */
    public static final String REPORT = "report";
    /** Reconciling the run: both sides' queries and the report for sign-off. */
    public static final String RECONCILIATION = "reconciliation";

    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /** Runs {@code work}, adds its wall time to {@code phase} and returns its result. */
    public <T> T time(String phase, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Runs {@code work} and adds its wall time to {@code phase}. */
    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Adds the seconds since this JVM started to {@link #STARTUP}; nothing when the OS does not say when that was. */
    public void addStartup() {
        ProcessHandle.current().info().startInstant().ifPresent(start ->
                add(STARTUP, Math.max(0, java.time.Duration.between(start, java.time.Instant.now()).toNanos() / 1e9)));
    }

    public synchronized void add(String phase, double phaseSeconds) {
        seconds.merge(phase, phaseSeconds, Double::sum);
    }

    /** Seconds per phase, in the order the phases first ran. */
    public synchronized Map<String, Double> seconds() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /** One {@code phase NAME SECONDS s} line per phase. */
    public void print(PrintStream out) {
        seconds().forEach((phase, value) -> out.println(String.format(Locale.ROOT, "phase %s %.3f s", phase, value)));
    }
}
