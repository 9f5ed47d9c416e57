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

    /** What Windows-1252 decoding gives for an undefined byte. */
    private static final char REPLACEMENT = '\uFFFD';

    private final List<UndefinedBytes> found = new ArrayList<>();
    private int row;

    /** The chunk row the next values belong to. */
    void row(int row) {
        this.row = row;
    }

    /**
     * Notes the undefined bytes of one latin1 value of the current row, which the server sent as the code
     * points of the same value (0x81 as U+0081), and gives the value with each of them as U+FFFD, as
     * Windows-1252 decoding leaves them; {@code column} is 0-based, and no char before {@code from} lies in
     * U+0080-U+009F.
     */
    String replace(int column, String text, int from) {
        StringBuilder escapes = null;
        char[] chars = null;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < UNDEFINED.length && UNDEFINED[c]) {
                String escape = String.format("\\x%02X", (int) c);
                escapes = escapes == null ? new StringBuilder() : escapes;
                if (escapes.indexOf(escape) < 0) {
                    escapes.append(escape);
                }
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = REPLACEMENT;
            }
        }
        if (escapes == null) {
            return text;
        }
        found.add(new UndefinedBytes(row, column, escapes.toString()));
        return new String(chars);
    }

    /** What was found since the last call, in reading order; starts the next chunk empty. */
    List<UndefinedBytes> takeAll() {
        List<UndefinedBytes> all = List.copyOf(found);
        found.clear();
        return all;
    }
}
