package org.switchover.transform;

import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTransformsTest {
    private final ValueTransform nhsNumber = transform("nhs_number");
    private final ValueTransform postcode = transform("postcode");

    @ParameterizedTest(name = "NHS number ''{0}'' is {1}")
    @CsvSource({"'485 777 3456', 4857773456", "485-777-3456, 4857773456", "' 4857773456 ', 4857773456",
        // the check digit is not tested: 4857773457 fails modulus 11 but has the agreed shape
        "4857773457, 4857773457"})
    void tenDigitsAreKeptAsDigitsOnly(String raw, String expected) {
        assertConverted(expected, null, nhsNumber.apply(raw));
    }

    @ParameterizedTest(name = "NHS number ''{0}'' is invalid")
    @ValueSource(strings = {"485 777 345", "485 777 34567", "485/777/3456", "NHS4857773456", "UNK"})
    void anythingButTenDigitsIsInvalid(String raw) {
        assertConverted(null, LossKind.INVALID, nhsNumber.apply(raw));
    }

    @Test
    void blankNhsNumberIsUnknownAndNullIsNotALoss() {
        assertConverted(null, LossKind.UNKNOWN_VALUE, nhsNumber.apply("  "));
        assertConverted(null, null, nhsNumber.apply((String) null));
    }

    @ParameterizedTest(name = "postcode ''{0}'' is ''{1}''")
    @CsvSource({"dh15uj, DH1 5UJ", "'DH1 5UJ', DH1 5UJ", "' d h1  5uj ', DH1 5UJ", "sw1a1aa, SW1A 1AA",
        "m11ae, M1 1AE", "'ne1 4LP', NE1 4LP"})
    void postcodesGetOneSpaceBeforeTheInwardCode(String raw, String expected) {
        assertConverted(expected, null, postcode.apply(raw));
    }

    @ParameterizedTest(name = "postcode ''{0}'' is invalid")
    @ValueSource(strings = {"DH1", "DH15", "SW1A 1AAX", "DH1-5UJ", "DH1 5UJ!", "DÜ1 5UJ"})
    void postcodesOfTheWrongShapeAreInvalid(String raw) {
        assertConverted(null, LossKind.INVALID, postcode.apply(raw));
    }

    @Test
    void blankPostcodeIsUnknownAndNullIsNotALoss() {
        assertConverted(null, LossKind.UNKNOWN_VALUE, postcode.apply(""));
        assertConverted(null, null, postcode.apply((String) null));
    }
}
