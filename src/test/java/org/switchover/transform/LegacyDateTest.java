package org.switchover.transform;

import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchover.testing.DateVectors;

class LegacyDateTest {
    private final ValueTransform date = transform("legacy_date");
    private final ValueTransform dateTime = transform("legacy_datetime");

    static List<DateVectors.Vector> legacyDates() {
        return DateVectors.read(DateVectors.LEGACY_DATES);
    }

    /** The shared vectors the reconciliation's legacy_date fragment is held to as well (reconcile/DateFragmentVectorsTest). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyDates")
    void eachSharedVectorGivesItsDateOrItsLoss(DateVectors.Vector vector) {
        LossKind loss = vector.expectedLoss() == null ? null : LossKind.valueOf(vector.expectedLoss());
        assertConverted(vector.expectedDate(), loss, date.apply(vector.input()));
    }

    @Test
    void dateTextBecomesALocalDate() {
        assertConverted(LocalDate.of(2011, 4, 3), null, date.apply("2011-04-03"));
        assertConverted(LocalDate.of(2012, 2, 29), null, date.apply("2012-02-29"));
    }

    @Test
    void aYyyymmddNumberIsADateAndZeroIsNoDate() {
        // given the yyyymmdd_date transform, as a CareFirst-style allocation keeps its start and end
        ValueTransform ymd = transform("yyyymmdd_date");
        // when / then: a real day is that date, 0 is no date and no loss, a blank a loss, an impossible day unparseable
        assertConverted(LocalDate.of(2018, 11, 1), null, ymd.apply("20181101"));
        assertConverted(LocalDate.of(2012, 2, 29), null, ymd.apply(" 20120229 "));
        assertConverted(null, null, ymd.apply("0"));
        assertConverted(null, null, ymd.apply((String) null));
        assertConverted(null, LossKind.UNKNOWN_VALUE, ymd.apply(" "));
        assertConverted(null, LossKind.UNPARSEABLE, ymd.apply("20180231"));
        assertConverted(null, LossKind.UNPARSEABLE, ymd.apply("2018111"));
        assertConverted(null, LossKind.UNPARSEABLE, ymd.apply("2018-11-01"));
    }

    @Test
    void zeroDateIsNullAndLossy() {
        assertConverted(null, LossKind.ZERO_DATE, date.apply("0000-00-00"));
        assertConverted(null, LossKind.ZERO_DATE, dateTime.apply("0000-00-00 00:00:00"));
    }

    @ParameterizedTest(name = "date ''{0}'' is unparseable")
    @ValueSource(strings = {"2011-02-30", "2011-00-00", "2011-13-01", "2011-4-3", "03/04/2011", "2011-04-03x"})
    void impossibleOrMisshapenDatesAreUnparseable(String raw) {
        assertConverted(null, LossKind.UNPARSEABLE, date.apply(raw));
    }

    @Test
    void nullIsNotALoss() {
        assertConverted(null, null, date.apply((String) null));
        assertConverted(null, null, dateTime.apply((String) null));
    }

    @Test
    void dateTimeTextBecomesALocalDateTime() {
        assertConverted(LocalDateTime.of(2011, 4, 3, 10, 15, 0), null, dateTime.apply("2011-04-03 10:15:00"));
        assertConverted(LocalDateTime.of(2011, 4, 3, 23, 59, 59, 500_000_000), null,
                dateTime.apply("2011-04-03 23:59:59.5"));
        assertConverted(LocalDateTime.of(2011, 4, 3, 0, 0, 1), null, dateTime.apply("2011-04-03T00:00:01"));
    }

    @ParameterizedTest(name = "datetime ''{0}'' is unparseable")
    @ValueSource(strings = {"2011-02-30 10:00:00", "2011-04-03 24:00:00", "2011-04-03 10:60:00", "2011-04-03",
        "2011-04-03 10:15", "2011-04-03 10:15:00.", "2011-04-03 10:15:00.1234567890", "2011-04-03_10:15:00"})
    void impossibleOrMisshapenDateTimesAreUnparseable(String raw) {
        assertConverted(null, LossKind.UNPARSEABLE, dateTime.apply(raw));
    }
}
