package org.switchover.census;

import java.nio.file.Path;
import java.util.List;

/**
 * A written census return: how many children and episodes it holds, what the year holds that the schema cannot carry
 * ({@code heldBack}, also written beside the XML as {@code <out>.held-back.csv}), the file's size and the time taken.
 */
public record CensusResult(Path file, int children, int episodes, List<HeldBack> heldBack, long bytes, double seconds) {
    public CensusResult {
        heldBack = List.copyOf(heldBack);
    }

    /** One record left out of the file: the child's legacy reference, the element, the record's key and why. */
    public record HeldBack(String legacyRef, String element, long record, String reason) {
    }
}
