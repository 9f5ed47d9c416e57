package org.switchover.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** switchover.yml: every key read as written, and bad values named by file and line. */
class ConfigFileTest {
    @Test
    void readsEveryKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("switchover.yml"), """
                goLive: 2027-03-08
                checks: reconciliation
                freezeTime: 2027-03-05T18:00
                tableCountTolerancePercent: 0.5
                headlineTolerance: 3
                requiredSignOffRoles:
                  - Head of Service, Child Protection
                  - Data Protection Officer
                """);
        ConfigFile config = ConfigFile.read(file);
        assertEquals(List.of("Head of Service, Child Protection", "Data Protection Officer"), config.requiredSignOffRoles());
        assertEquals(LocalDateTime.of(2027, 3, 5, 18, 0), config.freezeTime());
        assertEquals(LocalDate.of(2027, 3, 8), config.goLive());
        assertEquals(Path.of("reconciliation"), config.checks());
        assertEquals(new SwitchoverSettings.Tolerances(0.5, 3), config.tolerances());
    }

    @Test
    void theGateTolerancesDefaultAndAreCheckedWhereTheyAreWrong(@TempDir Path dir) throws Exception {
        // given a file without tolerances, one with a word for a percentage, and one with a negative tolerance
        Path none = Files.writeString(dir.resolve("none.yml"), "goLive: 2027-03-08\n");
        Path word = Files.writeString(dir.resolve("word.yml"), "tableCountTolerancePercent: two\n");
        Path negative = Files.writeString(dir.resolve("negative.yml"), "headlineTolerance: -1\n");
        // then the defaults hold, the word is named by file and line, and the negative value by the settings
        assertEquals(new SwitchoverSettings.Tolerances(SwitchoverSettings.DEFAULT_TABLE_COUNT_TOLERANCE_PERCENT,
                SwitchoverSettings.DEFAULT_HEADLINE_TOLERANCE), ConfigFile.read(none).tolerances());
        ConfigException bad = assertThrows(ConfigException.class, () -> ConfigFile.read(word));
        assertTrue(bad.getMessage().contains(word + ":1: tableCountTolerancePercent must be a percentage such as 2 or 0.5, found 'two'"),
                bad.getMessage());
        assertEquals(List.of("headlineTolerance: must be 0 or more, was -1"),
                org.switchover.Switchover.configure().configFile(negative).validate());
    }

    @Test
    void aBadFreezeTimeAndAnUnknownKeyAreNamedByLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("switchover.yml"), """
                freezeTime: Friday evening
                requiredRoles: [DPO]
                """);
        ConfigException problem = assertThrows(ConfigException.class, () -> ConfigFile.read(file));
        assertTrue(problem.getMessage().contains(":1") && problem.getMessage().contains("freezeTime must be a time yyyy-mm-ddThh:mm[:ss], found 'Friday evening'"),
                problem.getMessage());
        assertTrue(problem.getMessage().contains(":2") && problem.getMessage().contains("unknown key 'requiredRoles'"), problem.getMessage());
    }

    @Test
    void aBadGoLiveAndAnotherUnknownKeyAreReportedByLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("switchover.yml"), "goLive: 1/2/2019\ngo_live: 2019-02-01\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));
        assertTrue(e.getMessage().contains(file + ":1: goLive must be a date yyyy-mm-dd, found '1/2/2019'"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":2: unknown key 'go_live'"), e.getMessage());
    }
}
