package org.switchover.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte test for U+0080-U+009F that the latin1 reader runs before it decodes a value. */
class ColumnTextTest {
    @Test
    void findsEveryC1CharacterAndNothingElse() {
        for (int c = 0; c <= 0x2FF; c++) {
            // given one character between plain text, encoded as the server sends it
            byte[] utf8 = ("note " + (char) c + " end").getBytes(StandardCharsets.UTF_8);
            // when / then: only U+0080-U+009F are found
            boolean c1 = c >= 0x80 && c <= 0x9F;
            assertEquals(c1, ColumnText.holdsC1(utf8), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void findsAC1CharacterAtEitherEndAndAmongCharactersAboveU00FF() {
        assertTrue(ColumnText.holdsC1("\u0081".getBytes(StandardCharsets.UTF_8)));
        assertTrue(ColumnText.holdsC1("\u2019quoted\u2019 \u20ac\u009d".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ColumnText.holdsC1("\u2019quoted\u2019 \u20ac \u00c2\u00a0".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ColumnText.holdsC1(new byte[0]));
        assertFalse(ColumnText.holdsC1(new byte[] {(byte) 0xC2}));
    }
}
