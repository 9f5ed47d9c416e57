package org.switchover.run;

import org.switchover.pipeline.MappingPlan;

import java.util.List;

/**
 * What carries one mapping's chunks from its reader to the chunk workers: the Camel routes
 * (route/CamelMappingRoutes). The engine sets the run up and decides when each mapping starts; the
 * routes only move chunks, calling {@link MigrationJob#open}, {@link ChunkDispatcher#dispatch},
 * {@link MigrationJob#finish} and {@link MigrationJob#fail}.
 */
public interface MappingRoutes {
    /** Starts one route per plan, each calling {@code job} and {@code dispatcher}; closing the runner stops them all. */
    Runner start(List<MappingPlan> plans, MigrationJob job, ChunkDispatcher dispatcher) throws Exception;

    /** Started routes. */
    interface Runner extends AutoCloseable {
        /** Runs one mapping's route to its end (its chunks handed out, committed or dropped). */
        void run(MappingPlan plan);
    }
}
