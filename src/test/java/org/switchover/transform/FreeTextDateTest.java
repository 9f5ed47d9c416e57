package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchover.testing.DateVectors;

/**
 * The free_text_date transform against the shared vectors of src/test/resources/dates/free-text-dates.csv, the
 * same list the reconciliation's SQL fragment is held to (reconcile/DateFragmentVectorsTest).
 */
class FreeTextDateTest {
    private final ValueTransform freeTextDate = transform("free_text_date");

    static List<DateVectors.Vector> freeTextDates() {
        return DateVectors.read(DateVectors.FREE_TEXT_DATES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTextDates")
    void eachVectorGivesItsDateOrItsLoss(DateVectors.Vector vector) {
        // given the extract date of the vector
        ValueTransform parser = TransformRegistry.standard(new TransformSettings(vector.asOf())).find("free_text_date").orElseThrow();
        // when the text is parsed
        Converted converted = parser.apply(vector.input());
        // then it is the expected date, or NULL with the expected loss kind
        LossKind loss = vector.expectedLoss() == null ? null : LossKind.valueOf(vector.expectedLoss());
        assertConverted(vector.expectedDate(), loss, converted);
    }

    @Test
    void theVectorsCoverEveryAcceptedFormatAndEveryLossKind() {
        // given the vectors' expectations
        List<DateVectors.Vector> vectors = freeTextDates();
        Set<String> outcomes = vectors.stream().map(v -> v.expectedDate() != null ? "date" : v.expected()).collect(Collectors.toSet());
        // then a date, NULL and each loss kind of the rules occur, and every format of the README is there
        assertEquals(Set.of("date", DateVectors.NULL, "UNKNOWN_VALUE", "ZERO_DATE", "UNPARSEABLE"), outcomes);
        for (String format : List.of("dd/mm/yyyy", "d/m/yy", "d.m.yy", "dd.mm.yyyy", "yyyy-mm-dd")) {
            assertTrue(vectors.stream().anyMatch(v -> v.covers().equals(format) && v.expectedDate() != null), format);
        }
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
