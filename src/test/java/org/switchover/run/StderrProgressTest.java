package org.switchover.run;

import org.junit.jupiter.api.Test;
import org.switchover.pipeline.MappingPlan;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StderrProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void printsAtMostOneLinePerTablePerSecondWithTheRate() {
        // given a progress printer on a clock we move by hand
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        StderrProgress progress = new StderrProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get, SECOND);
        MappingPlan person = new MappingPlan("person", "client", "client_no", List.of("client_no"), "ssd_person", 1, chunk -> null);

        // when chunks finish at 0.5 s (too soon), 1.0 s and 1.2 s (too soon again), and the table finishes at 2 s
        progress.mappingStarted(person, 60000);
        now.set(SECOND / 2);
        progress.chunkDone(person, 5000, 60000);
        now.set(SECOND);
        progress.chunkDone(person, 45000, 60000);
        now.set(SECOND + SECOND / 5);
        progress.chunkDone(person, 50000, 60000);
        now.set(2 * SECOND);
        progress.mappingFinished(new MappingCounts("person", "client", "ssd_person", 60000, 59000, 900, 100, 2.0,
                Map.of(), Map.of()));

        // then there is a start line, one progress line with the rate so far, and the summary
        assertEquals(List.of(
                "ssd_person  0/~60000 rows  (from client)",
                "ssd_person  45000/~60000 rows  45,000 rows/s",
                "ssd_person  done: read 60000, loaded 59000, excluded 900, rejected 100 in 2.0 s  30,000 rows/s"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
