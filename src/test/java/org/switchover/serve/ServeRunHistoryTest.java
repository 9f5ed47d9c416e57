package org.switchover.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ServeSettings;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.TestDatabases;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without --report-dir, serve finds each run's report where the target recorded it: two dry runs into reports/dry-run
 * (the second overwrites it) are served from their kept copies reports/dry-run-1 and -2, and the diff between them is
 * listed on the later run's page.
 */
@ExtendWith(TestDatabases.class)
class ServeRunHistoryTest {
    private static final String ROLE = "Head of Service, Child Protection";
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void eachRunIsServedFromItsOwnKeptReportWithTheDiffBetweenThem(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                     @TempDir Path dir) throws Exception {
        // given: two dry runs of the same legacy data into one report directory, and the diff of the two
        Path reports = dir.resolve("reports");
        Path dryRun = reports.resolve("dry-run");
        long first = GeneratedLoad.dryRun(legacyDb.spec(), targetDb.spec(), 0.005, 11, dryRun, LocalDate.now().plusDays(7)).runId();
        Switchover switchover = Switchover.configure().legacy(legacyDb.spec()).target(targetDb.spec()).reportDir(dryRun).quiet(true)
                .goLive(LocalDate.now().plusDays(7)).build();
        long second = switchover.dryRun().engine().runId();
        switchover.diff(first, second);
        switchover.addUser("Alex Smith", ROLE, PASSWORD.toCharArray());
        // when: serve runs with no report directory, and an owner signs in
        try (ServeHandle server = Switchover.configure().target(targetDb.spec()).build().serve(ServeSettings.defaults().withPort(0))) {
            ServeHttp http = new ServeHttp(server);
            ServeHttp.SignIn signIn = http.signIn("Alex Smith", PASSWORD);
            assertEquals(302, signIn.status());
            // then: each run's report is the bytes of its own kept copy, not the overwritten directory's
            byte[] firstPage = http.get("/runs/" + first + "/report", signIn.cookie()).body();
            byte[] secondPage = http.get("/runs/" + second + "/report", signIn.cookie()).body();
            assertArrayEquals(Files.readAllBytes(reports.resolve("dry-run-" + first).resolve("reconciliation.html")), firstPage);
            assertArrayEquals(Files.readAllBytes(reports.resolve("dry-run-" + second).resolve("reconciliation.html")), secondPage);
            assertNotEquals(new String(firstPage, StandardCharsets.UTF_8), new String(secondPage, StandardCharsets.UTF_8));
            // and the later run's page links the diff, served as the file's bytes in plain text
            String page = new String(http.get("/runs/" + second, signIn.cookie()).body(), StandardCharsets.UTF_8);
            assertTrue(page.contains("<a href=\"/runs/" + second + "/diffs/" + first + "\">diff.json</a>"), page);
            HttpResponse<byte[]> diff = http.get("/runs/" + second + "/diffs/" + first, signIn.cookie());
            assertEquals("text/plain;charset=utf-8", diff.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(Files.readAllBytes(reports.resolve("diff-" + first + "-" + second).resolve("diff.json")), diff.body());
            // and a file name outside the report's lists is not served
            assertEquals(404, http.get("/runs/" + second + "/files/..%2Freconciliation.json", signIn.cookie()).statusCode());
        }
    }
}
