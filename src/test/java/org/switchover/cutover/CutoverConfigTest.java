package org.switchover.cutover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cutover keys of switchover.yml: read as written, and bad values named by file and line. */
class CutoverConfigTest {
    @Test
    void readsRolesFreezeTimeAndGoLiveAndIgnoresTheReconciliationKeys(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("switchover.yml"), """
                goLive: 2027-03-08
                checks: reconciliation
                freezeTime: 2027-03-05T18:00
                requiredSignOffRoles:
                  - Head of Service, Child Protection
                  - Data Protection Officer
                """);
        CutoverConfig config = CutoverConfig.read(file);
        assertEquals(List.of("Head of Service, Child Protection", "Data Protection Officer"), config.requiredSignOffRoles());
        assertEquals(LocalDateTime.of(2027, 3, 5, 18, 0), config.freezeTime());
        assertEquals(LocalDate.of(2027, 3, 8), config.goLive());
    }

    @Test
    void aBadFreezeTimeAndAnUnknownKeyAreNamedByLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("switchover.yml"), """
                freezeTime: Friday evening
                requiredRoles: [DPO]
                """);
        ConfigException problem = assertThrows(ConfigException.class, () -> CutoverConfig.read(file));
        assertTrue(problem.getMessage().contains(":1") && problem.getMessage().contains("freezeTime must be a time yyyy-mm-ddThh:mm[:ss], found 'Friday evening'"),
                problem.getMessage());
        assertTrue(problem.getMessage().contains(":2") && problem.getMessage().contains("unknown key 'requiredRoles'"), problem.getMessage());
    }
}
