package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.TargetBatch;
import org.switchover.pipeline.TransformResult;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkCommitterTest {
    private static final MappingPlan PLAN = new MappingPlan("person", "client", "client_no", List.of("client_no"),
            "ssd_person", 1, chunk -> null);

    @Test
    void refusesAChunkWhoseRowsDoNotAddUp() {
        // given a transformer result that read 5 rows but accounts for 1 loaded + 2 excluded
        TargetBatch batch = new TargetBatch("ssd_person", List.of("pers_person_id"), List.<Object[]>of(new Object[]{1L}),
                List.of("1"), null);
        TransformResult lost = new TransformResult(5, batch, Map.of("merged_duplicate", 2L), List.of(), List.of());

        // when checked, then the error names the mapping, the chunk and every number
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ChunkCommitter.checkBalanced(PLAN, 3, lost));
        assertTrue(error.getMessage().contains("mapping person, chunk 3: the transformer read 5 but accounted for 3"),
                error.getMessage());

        // and a result that adds up passes
        TransformResult balanced = new TransformResult(3, batch, Map.of("merged_duplicate", 2L), List.of(), List.of());
        assertDoesNotThrow(() -> ChunkCommitter.checkBalanced(PLAN, 3, balanced));
    }
}
