package org.switchover.run;

import org.switchover.extract.KeysetChunkReader;

import java.time.LocalDate;

/** How one engine run behaves and what it records about itself. */
public record EngineSettings(RunKind kind, String mappingHash, String toolkitVersion, LocalDate asOf, int chunkRows,
                             int parallelRoutes) {
    /** Mappings of one load order run side by side, one per core: the work is mostly database-bound. */
    public static final int DEFAULT_PARALLEL_ROUTES = Runtime.getRuntime().availableProcessors();

    public EngineSettings {
        if (chunkRows < 1 || parallelRoutes < 1) {
            throw new IllegalArgumentException("chunk rows and parallel routes must be at least 1, were "
                    + chunkRows + " and " + parallelRoutes);
        }
    }

    public static EngineSettings defaults(RunKind kind, String mappingHash, String toolkitVersion, LocalDate asOf) {
        return new EngineSettings(kind, mappingHash, toolkitVersion, asOf, KeysetChunkReader.DEFAULT_CHUNK_ROWS,
                DEFAULT_PARALLEL_ROUTES);
    }

    public EngineSettings withChunkRows(int rows) {
        return new EngineSettings(kind, mappingHash, toolkitVersion, asOf, rows, parallelRoutes);
    }

    public EngineSettings withParallelRoutes(int routes) {
        return new EngineSettings(kind, mappingHash, toolkitVersion, asOf, chunkRows, routes);
    }
}
