package org.switchover.run;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comparing the notes' guards as a mark recorded them with how they stand now, without a database. */
class CscWritesTest {
    @Test
    void twoCatalogRowsThatPrintAlikeAreNotAFailureToCompare() {
        // given a mark's guards, and now an overload of a guard function made in the same transaction (two equal lines)
        String then = "function migration.note_csc_change: version 7\ntable csc.ssd_person: file 9";
        String now = "function migration.note_csc_change: version 7\nfunction migration.note_csc_change: version 7\ntable csc.ssd_person: file 9";
        // when they are compared
        // then nothing that was there is gone
        assertEquals(Optional.empty(), CscWrites.guardsChanged(3, then, now));
    }

    @Test
    void aGuardNoLongerAsItWasIsNamedWithHowManyMore() {
        // given a mark's guards, and now a rewritten table and a replaced function
        String then = "function migration.note_csc_change: version 7\ntable csc.ssd_person: file 9";
        String now = "function migration.note_csc_change: version 8\ntable csc.ssd_person: file 12";
        // when they are compared
        // then the first that is gone is named, and the count of the rest
        assertEquals(Optional.of("the guards of the notes of writes on csc changed after run 3 loaded it (function "
                + "migration.note_csc_change: version 7 is no longer so, and 1 more): a trigger was disabled, replaced or dropped, "
                + "a function replaced or a table rewritten, which can hide a write; no sign-off, exception or final load from it: "
                + "run dry-run again"), CscWrites.guardsChanged(3, then, now));
    }
}
