package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.transform.CodeListSplitter.CodeList;

class CodeListSplitterTest {

    @Test
    void splitsTrimsAndUpperCasesInOrder() {
        CodeList list = CodeListSplitter.split("3A,4b, 21");
        assertEquals(List.of("3A", "4B", "21"), list.codes());
        assertEquals(List.of(), list.duplicates());
    }

    @Test
    void semicolonsSeparateTooAndEmptiesAreDropped() {
        assertEquals(List.of("AUT", "HAND", "VIS"), CodeListSplitter.split(" aut;HAND,, ;vis, ").codes());
    }

    @Test
    void repeatsAreReportedOncePerRepeatAndTheFirstOccurrenceKept() {
        // given a code three times in different cases and another twice
        CodeList list = CodeListSplitter.split("4b,3A,4B, 4b ,3a");
        // then
        assertEquals(List.of("4B", "3A"), list.codes());
        assertEquals(List.of("4B", "4B", "3A"), list.duplicates());
    }

    @Test
    void nullAndBlankGiveAnEmptyList() {
        assertTrue(CodeListSplitter.split(null).isEmpty());
        assertTrue(CodeListSplitter.split("  ").isEmpty());
        assertTrue(CodeListSplitter.split(" , ;").isEmpty());
    }
}
