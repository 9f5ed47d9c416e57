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

/** The go-live date (and checks directory) can come from a YAML configuration file; bad values name the line. */
class ReconcileConfigTest {

    @Test
    void goLiveAndChecksComeFromTheFile(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("switchover.yml"), "goLive: 2019-02-01\nchecks: my-checks\n");
        // when
        ReconcileConfig config = ReconcileConfig.read(file);
        // then
        assertEquals(LocalDate.of(2019, 2, 1), config.goLive());
        assertEquals(Path.of("my-checks"), config.checks());
    }

    @Test
    void aBadDateAndAnUnknownKeyAreReportedByLine(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("switchover.yml"), "goLive: 1/2/2019\ngo_live: 2019-02-01\n");
        // when
        ConfigException e = assertThrows(ConfigException.class, () -> ReconcileConfig.read(file));
        // then
        assertTrue(e.getMessage().contains(file + ":1: goLive must be a date yyyy-mm-dd, found '1/2/2019'"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":2: unknown key 'go_live'"), e.getMessage());
    }
}
