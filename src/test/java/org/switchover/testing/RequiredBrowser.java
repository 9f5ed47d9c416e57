package org.switchover.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Whether a browser test may skip: on a developer's machine without the browser it skips with the reason; where
 * {@value #REQUIRE_BROWSER}=1 (CI sets it in .ci/run) a missing browser fails the test, so CI cannot pass with the
 * page never opened.
 */
public final class RequiredBrowser {
    /** The environment variable that makes a missing browser a failure. */
    public static final String REQUIRE_BROWSER = "SWITCHOVER_REQUIRE_BROWSER";

    private RequiredBrowser() {
    }

    /** Returns when the browser is executable; otherwise skips the test, or fails it when the environment requires it. */
    public static void require(Path browser, Map<String, String> environment) {
        if (Files.isExecutable(browser)) {
            return;
        }
        String why = "headless Chromium is not installed at " + browser;
        if ("1".equals(environment.get(REQUIRE_BROWSER))) {
            fail(why + ", and " + REQUIRE_BROWSER + "=1 requires it (.ci/run installs chromium and chromium-driver"
                    + " when .ci/needs-chromium exists; did apt-get fail?)");
        }
        assumeTrue(false, why + " (apt-get install chromium, or create .ci/needs-chromium for .ci/run); the page test is skipped");
    }
}
