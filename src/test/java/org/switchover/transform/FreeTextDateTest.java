package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextDateTest {
    private final ValueTransform freeTextDate = transform("free_text_date");

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "03/04/2011, 2011-04-03",
        "3/4/2011, 2011-04-03",
        "2011-04-03, 2011-04-03",
        "3.4.11, 2011-04-03",
        "03.04.11, 2011-04-03",
        "3/4/11, 2011-04-03",
        "03.04.2011, 2011-04-03",
        "'  29/02/2012 ', 2012-02-29",
        // two-digit years: 2000+yy unless that is after the as-of year (2019), then 19yy
        "1.1.19, 2019-01-01",
        "31.12.19, 2019-12-31",
        "1.1.20, 1920-01-01",
        "5/6/87, 1987-06-05",
        "5/6/00, 2000-06-05",
    })
    void acceptedFormatsGiveTheDate(String raw, LocalDate expected) {
        // when / then
        assertConverted(expected, null, freeTextDate.apply(raw));
    }

    @ParameterizedTest(name = "''{0}'' is unknown")
    @ValueSource(strings = {"UNK", "unk", " Unknown ", "", "   "})
    void unknownMarkersAreNullAndLossy(String raw) {
        assertConverted(null, LossKind.UNKNOWN_VALUE, freeTextDate.apply(raw));
    }

    @ParameterizedTest(name = "''{0}'' is a zero date")
    @ValueSource(strings = {"0000-00-00", "0000-00-00 00:00:00", "00/00/0000", "0.0.00"})
    void zeroDatesAreNullAndLossy(String raw) {
        assertConverted(null, LossKind.ZERO_DATE, freeTextDate.apply(raw));
    }

    @ParameterizedTest(name = "''{0}'' is unparseable")
    @ValueSource(strings = {"30/02/2011", "2011-02-30", "13/13/2011", "03-04-2011", "3/4", "3/4/211",
        "3/4.11", "03/04/2011 10:00", "2011/04/03", "April 2011", "20110403", "2011-4-3", "x3/04/2011", "/04/2011"})
    void anythingElseIsUnparseable(String raw) {
        assertConverted(null, LossKind.UNPARSEABLE, freeTextDate.apply(raw));
    }

    @Test
    void nullStaysNullWithoutLoss() {
        assertConverted(null, null, freeTextDate.apply((String) null));
    }

    @Test
    void thePivotFollowsTheAsOfYear() {
        // given an extract taken in 2030
        ValueTransform later = TransformRegistry.standard(new TransformSettings(LocalDate.of(2030, 6, 1)))
                .find("free_text_date").orElseThrow();
        // when / then: "25" is no longer in the future, "31" still is
        assertConverted(LocalDate.of(2025, 1, 1), null, later.apply("1.1.25"));
        assertConverted(LocalDate.of(1931, 1, 1), null, later.apply("1.1.31"));
        // and the default extract still reads 25 as 1925
        assertConverted(LocalDate.of(1925, 1, 1), null, freeTextDate.apply("1.1.25"));
        assertNotSame(later, freeTextDate);
    }
}
