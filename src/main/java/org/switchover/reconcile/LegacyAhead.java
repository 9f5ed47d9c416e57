package org.switchover.reconcile;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A reconciliation's legacy queries, read ahead on a connection of their own while the run loads (legacy is frozen
 * during a run, and its side of a check does not depend on the target). The machine is CPU-bound through a load but for
 * its first seconds and the wait for the last table's indexes; these queries fill that time, and the reconciliation
 * runs only what is left.
 *
 * <p>A query is known by its filled text, so a reconciliation takes a result only for the very query it would run
 * itself (another as-of date, run id or check set is another text), and only from the legacy database it reads
 * ({@link #reads}). Each query runs once: whichever of the reader and the reconciliation's workers claims it first
 * runs it, and the others wait for its result. A query the reader could not run is run again by the reconciliation,
 * so the reader's failure never becomes the reconciliation's answer.
 */
public final class LegacyAhead implements AutoCloseable {
    /** Reads nothing ahead: the reconciliation runs every query itself. */
    public static final LegacyAhead NONE = new LegacyAhead(null, List::of, Runner.SIDE_RESULT, 0);

    /**
     * The reader stops once the results it holds reach this share of the JVM's maximum heap (1/4): they wait in the heap
     * beside the load's reference maps until the reconciliation, and a large load with a small heap needs it more.
     */
    static final int HEAP_SHARE_DIVISOR = 4;

    /** One filled legacy query, the label its errors carry (check file and query file) and the shared sets it reads. */
    record Query(String sql, String label, List<SharedSet> shared) {
        Query(String sql, String label) {
            this(sql, label, List.of());
        }
    }

    /** Runs one query on one connection: {@link SideResult#query} but in tests. */
    @FunctionalInterface
    interface Runner {
        Runner SIDE_RESULT = SideResult::query;

        SideResult run(Connection connection, String sql, String label);
    }

    private final ConnectionSpec legacy;
    private final Supplier<List<Query>> queries;
    // filled by the reader: the queries are loaded and filled off the thread that goes on to load the run
    private final CompletableFuture<Map<String, Claim>> claims = new CompletableFuture<>();
    private final Runner runner;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long heldBytesMax;
    private volatile long heldBytes;
    private Thread reader;

    /**
     * @param queries      what to read, in order (those that read a shared set first); called once, by the reader (with no
     *                     legacy database, never: nothing is read)
     * @param heldBytesMax the reader stops once the results it read hold this many bytes
     */
    LegacyAhead(ConnectionSpec legacy, Supplier<List<Query>> queries, Runner runner, long heldBytesMax) {
        this.legacy = legacy;
        this.queries = queries;
        this.runner = runner;
        this.heldBytesMax = heldBytesMax;
        if (legacy == null) {
            claims.complete(Map.of());
        }
    }

    /** Starts reading {@code queries}, in order (those that read a shared set first), from {@code legacy}. */
    static LegacyAhead start(ConnectionSpec legacy, Supplier<List<Query>> queries) {
        LegacyAhead ahead = new LegacyAhead(legacy, queries, Runner.SIDE_RESULT, Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR);
        ahead.startReader();
        return ahead;
    }

    void startReader() {
        reader = new Thread(this::readAll, "legacy-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether this reads the very database {@code spec} names (the same settings, not merely an equal address). */
    boolean reads(ConnectionSpec spec) {
        return legacy != null && legacy == spec;
    }

    /** The result of {@code sql}: read ahead, or being read (waited for), or run now by {@code runHere}. */
    SideResult resultOf(String sql, Supplier<SideResult> runHere) {
        Claim claim = claims.join().get(sql);
        if (claim == null) {
            return runHere.get();
        }
        if (claim.taken.compareAndSet(false, true)) {
            return claim.complete(runHere, false);
        }
        try {
            return claim.result.join();
        } catch (CompletionException e) {
            if (claim.byReader) {
                return runHere.get();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** How many queries the reader ran (for the debug log and tests). */
    int readAhead() {
        return (int) claims.getNow(Map.of()).values().stream().filter(claim -> claim.byReader && claim.result.isDone()
                && !claim.result.isCompletedExceptionally()).count();
    }

    /** The bytes the results the reader read hold (for the debug log). */
    long heldBytes() {
        return heldBytes;
    }

    private void readAll() {
        Map<String, Claim> planned = new LinkedHashMap<>();
        try {
            queries.get().forEach(query -> planned.putIfAbsent(query.sql(), new Claim(query)));
        } catch (RuntimeException e) {
            // checks that cannot be loaded are the reconciliation's to report, where they always were: nothing read ahead
            planned.clear();
        } finally {
            claims.complete(planned);
        }
        // a query that reads a shared set and is left for the reconciliation's workers makes each worker's session build
        // that set again (3.0 s for the episodes at scale 5): the reader takes those while the load still runs
        List<Claim> order = new ArrayList<>(planned.values());
        order.sort(Comparator.comparing(claim -> claim.query.shared().isEmpty()));
        try (Connection connection = Databases.connectReadOnly(legacy)) {
            for (Claim claim : order) {
                if (closed.get() || heldBytes >= heldBytesMax) {
                    return;
                }
                if (claim.taken.compareAndSet(false, true)) {
                    claim.byReader = true;
                    SideResult rows = claim.complete(() -> {
                        SharedSet.ensure(connection, claim.query.shared());
                        return runner.run(connection, claim.query.sql(), claim.query.label());
                    }, true);
                    heldBytes += rows == null ? 0 : rows.heldBytes();
                }
            }
        } catch (Exception e) {
            // the queries it did not claim are the reconciliation's own; those it failed on are run again there
        }
    }

    /** Waits for the reader to read every query it can (tests). */
    void finishReading() throws InterruptedException {
        reader.join();
    }

    /** Stops the reader after the query it is running, and waits for it. */
    @Override
    public void close() {
        closed.set(true);
        if (reader != null) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class Claim {
        private final Query query;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<SideResult> result = new CompletableFuture<>();
        private volatile boolean byReader;

        private Claim(Query query) {
            this.query = query;
        }

        private SideResult complete(Supplier<SideResult> run, boolean quietly) {
            try {
                SideResult rows = run.get();
                result.complete(rows);
                return rows;
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                if (quietly) {
                    return null;
                }
                throw e;
            } catch (Error e) {
                // completed all the same, or whoever waits for this result would wait for ever
                result.completeExceptionally(e);
                throw e;
            }
        }
    }
}
