package org.switchover.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The census year the census rules that name one are checked against: by default the year (1 April to 31 March) that
 * holds the extract date, whose return is the first the new system makes. Its dates become the placeholders
 * {censusYear} (the year's end, as {@code census --year} names it), {censusStart}, {censusEnd}, {censusWorkingDayBefore}
 * (the last working day before the year, rule 8569), {censusEnd45WorkingDays} and {censusEnd15WorkingDays} (a start
 * before it is more than 45, or 15, working days before the year's end: rules 8670Q, 8675Q). Working days skip
 * weekends and the England bank holidays of the checks directory's calendar.
 */
record CensusYear(int end, Set<LocalDate> holidays) {
    /** The month the census year starts in: April (it ends on 31 March). */
    static final int FIRST_MONTH = 4;

    /** The census year holding {@code day}. */
    static CensusYear containing(LocalDate day, List<LocalDate> holidays) {
        return new CensusYear(day.getMonthValue() >= FIRST_MONTH ? day.getYear() + 1 : day.getYear(), new HashSet<>(holidays));
    }

    LocalDate firstDay() {
        return LocalDate.of(end - 1, FIRST_MONTH, 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(end, FIRST_MONTH - 1, 31);
    }

    /** The placeholders, dates quoted for SQL. */
    Map<String, String> placeholders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("censusYear", String.valueOf(end));
        values.put("censusStart", quoted(firstDay()));
        values.put("censusEnd", quoted(lastDay()));
        values.put("censusWorkingDayBefore", quoted(workingDaysBack(firstDay().minusDays(1), 1)));
        values.put("censusEnd45WorkingDays", quoted(workingDaysBack(lastDay(), 46)));
        values.put("censusEnd15WorkingDays", quoted(workingDaysBack(lastDay(), 16)));
        return values;
    }

    /**
     * The {@code n}th working day counting back from {@code from} (itself the first when it is one). A start before the
     * 46th working day back from the year's end leaves more than 45 working days after it up to that end.
     */
    LocalDate workingDaysBack(LocalDate from, int n) {
        LocalDate day = from;
        int seen = 0;
        while (true) {
            if (isWorkingDay(day) && ++seen == n) {
                return day;
            }
            day = day.minusDays(1);
        }
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    private static String quoted(LocalDate day) {
        return "'" + day + "'";
    }
}
