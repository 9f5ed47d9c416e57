package org.switchover.transform;

import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameDisplayTest {
    private final ValueTransform displayName = transform("person_name_display");

    @ParameterizedTest(name = "''{0}'' shows as ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "SMITH, Jo | Jo Smith",
        "O'BRIEN, Sean | Sean O'Brien",
        "O’BRIEN, Siobhán | Siobhán O’Brien",
        "SMITH-JONES, Ann Marie | Ann Marie Smith-Jones",
        "McDONALD, Iain | Iain McDonald",
        "MCDONALD, Iain | Iain McDonald",
        "VAN DER BERG, Piet | Piet Van Der Berg",
        "ZOË-LOUISE, Amy | Amy Zoë-Louise",
        "  brown ,   Tom  | Tom Brown",
        "MC, Al | Al Mc",
    })
    void surnameFirstBecomesForenameSurnameWithTitleCaseSurname(String raw, String expected) {
        assertConverted(expected, null, displayName.apply(raw));
    }

    @Test
    void aNameWithoutACommaIsReturnedAsIs() {
        assertConverted("Duty Team North ", null, displayName.apply("Duty Team North "));
    }

    @Test
    void aMissingHalfLeavesTheOtherAndNothingGivesNull() {
        assertConverted("Smith", null, displayName.apply("SMITH,"));
        assertConverted("Jo", null, displayName.apply(", Jo"));
        assertConverted(null, null, displayName.apply(" , "));
        assertConverted(null, null, displayName.apply((String) null));
    }
}
