package org.switchover.extract;

import org.switchover.pipeline.UndefinedBytes;

import java.util.ArrayList;
import java.util.List;

/** The values of one chunk whose latin1 bytes Windows-1252 leaves undefined, as a reader meets them. */
final class UndefinedBytesFound {
    /** The bytes Windows-1252 leaves undefined, by unsigned value; every other byte of latin1 text is a character. */
    private static final boolean[] UNDEFINED = new boolean[256];

    static {
        for (int undefined : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
            UNDEFINED[undefined] = true;
        }
    }

    private final List<UndefinedBytes> found = new ArrayList<>();
    private int row;

    /** The chunk row the next values belong to. */
    void row(int row) {
        this.row = row;
    }

    /**
     * Notes the undefined bytes of one value of the current row, if it has any; {@code column} is 0-based,
     * and no byte before {@code from} lies in 0x80-0x9F.
     */
    void check(int column, byte[] bytes, int from) {
        StringBuilder escapes = null;
        for (int i = from; i < bytes.length; i++) {
            int value = bytes[i] & 0xFF;
            if (UNDEFINED[value]) {
                String escape = String.format("\\x%02X", value);
                escapes = escapes == null ? new StringBuilder() : escapes;
                if (escapes.indexOf(escape) < 0) {
                    escapes.append(escape);
                }
            }
        }
        if (escapes != null) {
            found.add(new UndefinedBytes(row, column, escapes.toString()));
        }
    }

    /** What was found since the last call, in reading order; starts the next chunk empty. */
    List<UndefinedBytes> takeAll() {
        List<UndefinedBytes> all = List.copyOf(found);
        found.clear();
        return all;
    }
}
