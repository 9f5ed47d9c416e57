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
                requiredSignOffRoles:
                  - Head of Service, Child Protection
                  - Data Protection Officer
                """);
        ConfigFile config = ConfigFile.read(file);
        assertEquals(List.of("Head of Service, Child Protection", "Data Protection Officer"), config.requiredSignOffRoles());
        assertEquals(LocalDateTime.of(2027, 3, 5, 18, 0), config.freezeTime());
        assertEquals(LocalDate.of(2027, 3, 8), config.goLive());
        assertEquals(Path.of("reconciliation"), config.checks());
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
