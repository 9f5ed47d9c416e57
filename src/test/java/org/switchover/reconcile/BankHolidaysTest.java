package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankHolidaysTest {
    private static final Path SHIPPED = Path.of("reconciliation");

    @Test
    void theShippedFileCoversTheYearsUpToTheGoLiveWeekend() {
        // given the shipped calendar, when the holidays for an extract date in 2027 are asked for
        String list = BankHolidays.sqlList(SHIPPED, LocalDate.of(2027, 3, 5));
        // then they hold the substitute days and the one-off days of the years since 2020
        assertTrue(list.contains("'2022-09-19'") && list.contains("'2023-05-08'") && list.contains("'2027-12-28'"), list);
    }

    @Test
    void anExtractDateAfterTheLastYearListedIsRefusedNamingTheFile(@TempDir Path checks) throws IOException {
        // given a calendar that stops in 2020
        Path file = checks.resolve(BankHolidays.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "date\n2020-12-25\n2020-12-28\n");
        // when the duty waits of a 2026 extract would be counted with it
        ConfigException refused = assertThrows(ConfigException.class, () -> BankHolidays.sqlList(checks, LocalDate.of(2026, 11, 30)));
        // then the reconciliation is refused, naming the file and the years to add
        assertTrue(refused.getMessage().contains(file + ": lists England bank holidays up to 2020, but the extract date is "
                + "2026-11-30: add the holidays of 2021 to 2026"), refused.getMessage());
        // and an extract date within the file's years is fine
        assertEquals("'2020-12-25', '2020-12-28'", BankHolidays.sqlList(checks, LocalDate.of(2020, 6, 1)));
    }
}
