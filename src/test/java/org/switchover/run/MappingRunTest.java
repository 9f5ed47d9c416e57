package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.switchover.extract.KeyRange;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One mapping's state in flight: checkpoints per chunk and key range, the first failure, and what it holds before it opens. */
class MappingRunTest {
    private static final MappingPlan PLAN = new MappingPlan("people", "client", "client_no", List.of("client_no", "surname"),
            "ssd_person", 1, chunk -> null);

    @Test
    void eachChunkKeepsItsOwnLastKeyUntilItCommits() {
        // given two chunks read, the second before the first commits
        MappingRun mapping = new MappingRun(PLAN);
        mapping.open(new MappingTally(PLAN), 1);
        mapping.rememberLastKey(0, chunk(1, "3", "7"));
        mapping.rememberLastKey(0, chunk(2, "9", "12"));
        mapping.rememberLastKey(0, chunk(3));
        // when each goes to commit, then it takes its own last key, once; an empty chunk has none
        assertEquals("12", mapping.takeLastKey(0, 2));
        assertEquals("7", mapping.takeLastKey(0, 1));
        assertNull(mapping.takeLastKey(0, 1));
        assertNull(mapping.takeLastKey(0, 3));
    }

    @Test
    void eachKeyRangeKeepsTheLastKeysOfItsOwnChunksAndItsOwnOrder() {
        // given a mapping split in two key ranges, the second resumed after its 4th chunk
        MappingRun mapping = new MappingRun(PLAN);
        mapping.open(new MappingTally(PLAN), List.of(new RangeStream(new KeyRange(0, null, "100"), 1),
                new RangeStream(new KeyRange(1, "100", null), 5)));
        // when both ranges read a chunk numbered 5
        mapping.rememberLastKey(0, chunk(5, "40", "41"));
        mapping.rememberLastKey(1, chunk(5, "140", "141"));
        // then each range gives back its own key, and commits from its own next chunk
        assertEquals("141", mapping.takeLastKey(1, 5));
        assertEquals("41", mapping.takeLastKey(0, 5));
        assertEquals(List.of(1L, 5L), mapping.streams().stream().map(stream -> stream.sequence().next()).toList());
        assertThrows(IllegalArgumentException.class, () -> mapping.stream(2));
    }

    @Test
    void onlyTheFirstFailureCountsAndAnUnopenedMappingNeverWaits() throws InterruptedException {
        // given a mapping that never opened
        MappingRun mapping = new MappingRun(PLAN);
        // when chunks fail and the route waits for its chunks, then nothing blocks and no tally exists
        mapping.chunkFailed(0, 4);
        mapping.awaitChunks();
        assertNull(mapping.tally());
        // and the first failure is the mapping's; a second is not
        assertFalse(mapping.failed());
        assertTrue(mapping.fail("mapping people: first"));
        assertFalse(mapping.fail("mapping people: second"));
        assertTrue(mapping.failed());
    }

    @Test
    void aMappingFinishedByAnEarlierAttemptKeepsItsCommittedCounts() {
        // given the committed progress of a finished mapping
        ResumeState.Progress progress = new ResumeState.Progress("people", 10, 8, 1, 1, true, "42", 2,
                Map.of("merged", 1L), Map.of("unknown_client", 1L));
        // when restored, then its counts are those, and its chunks number on from them once opened again
        MappingRun mapping = new MappingRun(PLAN);
        mapping.restoreFinished(progress);
        MappingCounts counts = mapping.tally().counts();
        assertEquals(List.of(10L, 8L, 1L, 1L), List.of(counts.read(), counts.loaded(), counts.excluded(), counts.rejected()));
        mapping.open(new MappingTally(PLAN), 3);
        assertEquals(3, mapping.stream(0).sequence().next());
    }

    private static SourceChunk chunk(long number, String... keys) {
        return new SourceChunk("people", List.of("client_no", "surname"),
                java.util.Arrays.stream(keys).map(key -> new String[] {key, "SMITH"}).toList(), number);
    }
}
