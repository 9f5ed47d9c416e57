package org.switchover.reconcile;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a reconciliation's queries on a few workers, each with its own pair of connections (legacy and target), taking
 * the tasks in the order given and returning their results in that order. The checks and the crosswalks share one queue:
 * the crosswalks fill a worker that the last checks leave idle, instead of running one by one on one connection after
 * every check (5 of 74 s at scale 1, with a core idle).
 */
final class PairedWorkers {
    /** One unit of work on a legacy and a target connection. */
    @FunctionalInterface
    interface Task<T> {
        T run(Connection legacy, Connection target) throws SQLException;
    }

    private PairedWorkers() {
    }

    static List<Object> run(ConnectionSpec legacy, ConnectionSpec target, int workers, List<? extends Task<?>> tasks) throws SQLException {
        Object[] results = new Object[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                done.add(pool.submit(() -> {
                    // read-only sessions: a check's query never changes what it compares (ReadingQuery)
                    try (Connection legacyConnection = Databases.connectReadOnly(legacy);
                         Connection targetConnection = Databases.connectReadOnly(target)) {
                        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                            results[i] = tasks.get(i).run(legacyConnection, targetConnection);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : done) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReconciliationException("reconciliation interrupted", e);
        } catch (ExecutionException e) {
            throw ReconciliationException.rethrowCause(e, "reconciliation failed");
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(results);
    }
}
