package org.switchover.dryrun;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.pipeline.MappingPlan;
import org.switchover.run.MappingCounts;
import org.switchover.run.ProgressListener;
import org.switchover.schema.DeferredLoadObjects;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;

/**
 * Puts a table's deferred indexes and foreign keys back as soon as every mapping into it has
 * finished, on one background thread, while other tables are still loading; {@link #finish()} then
 * restores whatever is left (a failed mapping's table). Listens to the engine through the
 * progress listener it wraps.
 */
final class LoadObjectRestorer implements ProgressListener, AutoCloseable {
    private final ConnectionSpec target;
    private final ProgressListener delegate;
    private final Map<String, Integer> mappingsLeft = new HashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "restore-load-objects");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<Future<?>> restores = new ConcurrentLinkedQueue<>();

    LoadObjectRestorer(ConnectionSpec target, List<MappingPlan> plans, ProgressListener delegate) {
        this.target = target;
        this.delegate = delegate;
        plans.forEach(plan -> mappingsLeft.merge(plan.targetTable(), 1, Integer::sum));
    }

    @Override
    public void mappingStarted(MappingPlan plan, long totalRows) {
        delegate.mappingStarted(plan, totalRows);
    }

    @Override
    public void chunkDone(MappingPlan plan, long rowsDone, long totalRows) {
        delegate.chunkDone(plan, rowsDone, totalRows);
    }

    @Override
    public void mappingFinished(MappingCounts counts) {
        delegate.mappingFinished(counts);
        boolean tableLoaded;
        synchronized (mappingsLeft) {
            tableLoaded = mappingsLeft.merge(counts.targetTable(), -1, Integer::sum) == 0;
        }
        if (tableLoaded) {
            restores.add(worker.submit(() -> {
                try (Connection connection = Databases.connect(target)) {
                    DeferredLoadObjects.restoreTable(connection, counts.targetTable());
                }
                return null;
            }));
        }
    }

    /** Waits for the per-table restores, then restores anything still set aside; fails naming the object. */
    void finish() throws SQLException {
        worker.shutdown();
        SQLException first = null;
        for (Future<?> restore : restores) {
            try {
                restore.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while restoring indexes and foreign keys", e);
            }
        }
        try (Connection connection = Databases.connect(target)) {
            DeferredLoadObjects.restoreAll(connection);
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
