package org.switchover.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values every check's SQL may name: the extract date and its year, the run, the bank holidays and the census year. */
final class CheckValues {
    private CheckValues() {
    }

    static Map<String, String> of(Path checksDirectory, LocalDate asOf, long runId) {
        List<LocalDate> holidays = BankHolidays.dates(checksDirectory, asOf);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("asOf", "'" + asOf + "'");
        values.put("asOfYear", String.valueOf(asOf.getYear()));
        values.put("runId", String.valueOf(runId));
        values.put("bankHolidays", BankHolidays.sqlList(checksDirectory, asOf));
        values.putAll(CensusYear.containing(asOf, holidays).placeholders());
        return values;
    }
}
