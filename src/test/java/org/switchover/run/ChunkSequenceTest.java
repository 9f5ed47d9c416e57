package org.switchover.run;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkSequenceTest {
    @Test
    void chunksReadyOutOfOrderAreCommittedInOrderByWhoeverHoldsTheNextOne() {
        // given chunks 3 and 2 ready before chunk 1
        ChunkSequence<String> sequence = new ChunkSequence<>();
        assertFalse(sequence.offer(3, "three"));
        assertFalse(sequence.offer(2, "two"));

        // when chunk 1 arrives, its caller becomes the committer and takes chunks until none is ready
        assertTrue(sequence.offer(1, "one"));
        List<String> committed = drain(sequence);

        // then all three commit, in order, and chunk 4 is next
        assertEquals(List.of("one", "two", "three"), committed);
        assertEquals(4, sequence.next());
        // and chunk 4 arriving later makes its own caller the committer
        assertTrue(sequence.offer(4, "four"));
        assertEquals(List.of("four"), drain(sequence));
    }

    @Test
    void whenAChunkFailsTheEarlierOnesStillCommitAndNoLaterOneDoes() {
        // given chunks 2 and 4 ready, and chunk 3 failing
        ChunkSequence<String> sequence = new ChunkSequence<>();
        assertFalse(sequence.offer(2, "two"));
        assertFalse(sequence.offer(4, "four"));
        sequence.failed(3);

        // when chunk 1 arrives, and chunk 5 after it
        assertTrue(sequence.offer(1, "one"));
        List<String> committed = drain(sequence);
        boolean fiveCommits = sequence.offer(5, "five");

        // then chunks 1 and 2 commit, and nothing from chunk 3 on
        assertEquals(List.of("one", "two"), committed);
        assertFalse(fiveCommits);
        assertNull(sequence.nextToCommit());
        assertEquals(3, sequence.next());
    }

    private static List<String> drain(ChunkSequence<String> sequence) {
        List<String> committed = new ArrayList<>();
        for (String next = sequence.nextToCommit(); next != null; next = sequence.nextToCommit()) {
            committed.add(next);
            sequence.committed();
        }
        return committed;
    }
}
