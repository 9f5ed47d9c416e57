package org.switchover.transform;

import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagTransformsTest {
    private final ValueTransform flag = transform("yn_flag");
    private final ValueTransform flagDefaultNo = transform("yn_flag_default_n");

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"Y, Y", "y, Y", "' yes ', Y", "1, Y", "True, Y", "N, N", "no, N", "0, N", "FALSE, N"})
    void legacySpellingsBecomeYOrN(String raw, String expected) {
        assertConverted(expected, null, flag.apply(raw));
        assertConverted(expected, null, flagDefaultNo.apply(raw));
    }

    @Test
    void otherValuesAreUnmapped() {
        assertConverted(null, LossKind.UNMAPPED, flag.apply("X"));
        assertConverted(null, LossKind.UNMAPPED, flag.apply("2"));
        assertConverted(null, LossKind.UNMAPPED, flagDefaultNo.apply("maybe"));
    }

    @Test
    void absenceIsNullForYnFlagButNoForTheDefaultingFlag() {
        assertConverted(null, null, flag.apply((String) null));
        assertConverted(null, null, flag.apply(" "));
        assertConverted("N", null, flagDefaultNo.apply((String) null));
        assertConverted("N", null, flagDefaultNo.apply(""));
    }
}
