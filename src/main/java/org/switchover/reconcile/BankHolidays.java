package org.switchover.reconcile;

import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The England bank holidays a check counts working days with, from a data file beside the checks
 * ({@value #FILE}: a header line {@code date}, then one yyyy-mm-dd a line), given to the SQL as {@code {bankHolidays}}:
 * a list of quoted dates for {@code NOT IN (...)}. Holidays are data the council keeps up to date, never code.
 */
final class BankHolidays {
    /** Where the file lies, relative to the checks directory. */
    static final String FILE = "calendar/england-bank-holidays.csv";
    /** Stands in for an empty list: {@code NOT IN ()} is no SQL, and {@code NOT IN (NULL)} would exclude every day. */
    private static final String NONE = "'0001-01-01'";

    private BankHolidays() {
    }

    /**
     * The SQL list of the file's dates; NONE's when the directory has no such file. Throws naming each bad line, and when
     * the file stops before the extract date's year: the waits up to it would count that year's holidays as working days.
     */
    static String sqlList(Path checksDirectory, LocalDate asOf) {
        List<LocalDate> dates = dates(checksDirectory, asOf);
        return dates.isEmpty() ? NONE : dates.stream().map(d -> "'" + d + "'").collect(Collectors.joining(", "));
    }

    /** The file's dates (none when the directory has no such file), checked as {@link #sqlList} says. */
    static List<LocalDate> dates(Path checksDirectory, LocalDate asOf) {
        Path file = checksDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file, "cannot read: " + e.getMessage())));
        }
        List<LocalDate> dates = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(line));
            } catch (DateTimeParseException e) {
                problems.add(new ConfigProblem(file, i + 1, "not a date (yyyy-mm-dd): '" + line + "'"));
            }
        }
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElse(null);
        if (last != null && asOf != null && asOf.getYear() > last.getYear()) {
            problems.add(ConfigProblem.ofFile(file, "lists England bank holidays up to " + last.getYear() + ", but the extract "
                    + "date is " + asOf + ": add the holidays of " + (last.getYear() + 1) + " to " + asOf.getYear()
                    + " (GOV.UK, england-and-wales), or duty waits would count them as working days"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return dates;
    }
}
