package org.switchover.run;

import org.switchover.pipeline.MappingPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Starts each mapping once every mapping it waits for ({@link MappingPlan#waitsFor}) has finished, so a
 * long table (case notes) loads alongside the chains that do not depend on it instead of holding up a
 * whole load-order group. After a failure it starts nothing more and lets the running mappings end.
 */
final class MappingScheduler {
    private final List<MappingPlan> pending;
    private final ExecutorCompletionService<MappingPlan> completion;
    private final MigrationJob job;
    private final Set<String> finished = new HashSet<>();
    private final List<MappingPlan> running = new ArrayList<>();

    MappingScheduler(List<MappingPlan> plans, ExecutorService threads, MigrationJob job) {
        // mappings an interrupted attempt of this run already finished are done: they neither run nor hold anyone up
        this.pending = new ArrayList<>(plans.stream().filter(plan -> !job.alreadyFinished(plan.mappingId())).toList());
        this.completion = new ExecutorCompletionService<>(threads);
        this.job = job;
    }

    /** Runs every mapping through {@code runMapping}, in dependency order; returns when none is running. */
    void run(Consumer<MappingPlan> runMapping) throws InterruptedException {
        startReady(runMapping);
        while (!running.isEmpty()) {
            MappingPlan plan = finishedPlan(completion.take());
            running.remove(plan);
            finished.add(plan.mappingId());
            if (!job.failed()) {
                startReady(runMapping);
            }
        }
    }

    private void startReady(Consumer<MappingPlan> runMapping) {
        for (MappingPlan plan : List.copyOf(pending)) {
            if (ready(plan)) {
                pending.remove(plan);
                running.add(plan);
                completion.submit(() -> {
                    try {
                        runMapping.accept(plan);
                    } catch (RuntimeException | Error e) {
                        // the route's error handling normally records it; this catches what escapes Camel
                        job.fail(plan.mappingId(), e);
                    }
                    return plan;
                });
            }
        }
    }

    private boolean ready(MappingPlan plan) {
        for (MappingPlan other : pending) {
            if (other != plan && plan.waitsFor(other)) {
                return false;
            }
        }
        for (MappingPlan other : running) {
            if (plan.waitsFor(other)) {
                return false;
            }
        }
        return true;
    }

    private static MappingPlan finishedPlan(Future<MappingPlan> done) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a mapping task failed outside its own error handling", e.getCause());
        }
    }
}
