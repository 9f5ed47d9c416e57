package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import org.junit.jupiter.api.Test;

class TextTransformsTest {
    private final ValueTransform text = transform("text");
    private final ValueTransform upperTrim = transform("upper_trim");

    @Test
    void textIsCopiedUnchangedIncludingWindows1252CharactersAndLength() {
        // given text with curly quotes, an accented letter, surrounding space and 70,000 characters
        String note = "  O’Brien visited Zoë – “fine” " + "x".repeat(70_000);
        // when
        Converted converted = text.apply(note);
        // then the very same string arrives, untouched and not truncated
        assertSame(note, converted.value());
        assertConverted(note, null, converted);
    }

    @Test
    void nulCharactersAreRemovedAndCounted() {
        assertConverted("ab c", LossKind.NUL_REMOVED, text.apply("\u0000a\u0000b c\u0000"));
        assertConverted("", LossKind.NUL_REMOVED, text.apply("\u0000"));
    }

    @Test
    void emptyTextStaysEmptyAndNullStaysNull() {
        assertConverted("", null, text.apply(""));
        assertConverted(null, null, text.apply((String) null));
    }

    @Test
    void upperTrimUpperCasesAndTrims() {
        assertConverted("FF-N1", null, upperTrim.apply("  ff-n1 "));
        assertConverted(null, null, upperTrim.apply("   "));
        assertConverted(null, null, upperTrim.apply((String) null));
    }
}
