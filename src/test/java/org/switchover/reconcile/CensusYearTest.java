package org.switchover.reconcile;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The census year the census-year rules are checked against, and the dates check SQL is given for it. */
class CensusYearTest {
    private static final Path CHECKS = Path.of("reconciliation");

    @Test
    void anExtractInJanuaryIsCheckedAgainstTheYearEndingThatMarch() {
        // given the project's extract date and its bank holidays
        LocalDate asOf = LocalDate.of(2019, 1, 31);
        // when the census year is taken from it
        Map<String, String> values = CensusYear.containing(asOf, BankHolidays.dates(CHECKS, asOf)).placeholders();
        // then it is 2018-04-01 to 2019-03-31, the year census --year 2019 writes
        assertEquals("2019", values.get("censusYear"));
        assertEquals("'2018-04-01'", values.get("censusStart"));
        assertEquals("'2019-03-31'", values.get("censusEnd"));
        // and the last working day before it is Thursday 29 March 2018: the 31st is a Saturday, the 30th Good Friday
        assertEquals("'2018-03-29'", values.get("censusWorkingDayBefore"));
        // and 31 March 2019 is a Sunday: the 46th working day back from it (more than 45 after a start before it) is
        // Friday 25 January, the 16th Friday 8 March (no bank holiday falls between)
        assertEquals("'2019-01-25'", values.get("censusEnd45WorkingDays"));
        assertEquals("'2019-03-08'", values.get("censusEnd15WorkingDays"));
    }

    @Test
    void anExtractFromAprilOnBelongsToTheNextYear() {
        // given extract dates on the last day of one census year and the first of the next
        CensusYear march = CensusYear.containing(LocalDate.of(2019, 3, 31), List.of());
        CensusYear april = CensusYear.containing(LocalDate.of(2019, 4, 1), List.of());
        // then each is checked against its own year
        assertEquals(2019, march.end());
        assertEquals(2020, april.end());
        assertEquals(LocalDate.of(2019, 4, 1), april.firstDay());
        assertEquals(LocalDate.of(2020, 3, 31), april.lastDay());
    }

    @Test
    void checksAreGivenTheCensusYearBesideTheExtractDate() {
        // when the values of a reconciliation's check SQL are made for run 7 on 2019-01-31
        Map<String, String> values = CheckValues.of(CHECKS, LocalDate.of(2019, 1, 31), 7);
        // then they hold the extract date, the run and the census year's dates
        assertEquals("'2019-01-31'", values.get("asOf"));
        assertEquals("7", values.get("runId"));
        assertEquals("'2018-04-01'", values.get("censusStart"));
    }
}
