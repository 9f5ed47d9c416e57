package org.switchover.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredBrowserTest {
    @Test
    void aMissingBrowserSkipsOnADevelopersMachine(@TempDir Path dir) {
        // given no browser and no requirement; when / then the test is skipped (aborted), with the reason
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RequiredBrowser.require(dir.resolve("chromium"), Map.of()));
        assertTrue(skipped.getMessage().contains("headless Chromium is not installed at " + dir.resolve("chromium")), skipped.getMessage());
    }

    @Test
    void aMissingBrowserFailsWhereCiRequiresIt(@TempDir Path dir) {
        // given no browser, and CI's variable; when / then the test fails, naming the variable
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> RequiredBrowser.require(dir.resolve("chromium"), Map.of(RequiredBrowser.REQUIRE_BROWSER, "1")));
        assertTrue(failed.getMessage().contains("SWITCHOVER_REQUIRE_BROWSER=1 requires it"), failed.getMessage());
    }

    @Test
    void anInstalledBrowserPasses(@TempDir Path dir) throws IOException {
        // given an executable where the browser should be
        Path browser = Files.createFile(dir.resolve("chromium"));
        assertTrue(browser.toFile().setExecutable(true));
        // when / then nothing is skipped or failed, required or not
        assertDoesNotThrow(() -> RequiredBrowser.require(browser, Map.of(RequiredBrowser.REQUIRE_BROWSER, "1")));
        assertDoesNotThrow(() -> RequiredBrowser.require(browser, Map.of()));
    }
}
