package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.RequiredBrowser;
import org.switchover.testing.TestDatabases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens reconciliation.html in headless Chromium (Debian's chromium; .ci/run installs it when
 * .ci/needs-chromium exists) and checks what the browser shows: the verdict banner, the go-live date and
 * days left, a section per check with its status, and nothing loaded from outside the page.
 * Skipped, with the reason, where Chromium is not installed, except where SWITCHOVER_REQUIRE_BROWSER=1 (CI): there
 * a missing Chromium fails it ({@link RequiredBrowser}).
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationPageChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long BROWSER_TIMEOUT_SECONDS = 60;
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);

    private Path goReport;
    private Path noGoReport;
    private Path profiles;

    @BeforeAll
    void givenAGoReportAndANoGoReport(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws SQLException {
        RequiredBrowser.require(CHROMIUM, System.getenv());
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        profiles = dir.resolve("profiles");
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(5L)
                .groundTruthFile(dir.resolve("truth.json")).build());
        goReport = dir.resolve("go");
        DryRunResult clean = Switchover.configure().legacy(legacy).target(target).reportDir(goReport).goLive(GO_LIVE)
                .quiet(true).build().dryRun();
        assertTrue(clean.reconciliation().go());
        try (Connection pg = Databases.connect(target);
             PreparedStatement pick = pg.prepareStatement(SqlResource.load("sql/reconcile-test/pick_case_note_of_living_child.sql").text());
             ResultSet note = pick.executeQuery();
             PreparedStatement delete = pg.prepareStatement(SqlResource.load("sql/reconcile-test/delete_case_note.sql").text())) {
            assertTrue(note.next());
            delete.setLong(1, note.getLong(1));
            delete.executeUpdate();
        }
        noGoReport = dir.resolve("no-go");
        Switchover.configure().legacy(legacy).target(target).reportDir(noGoReport).goLive(GO_LIVE).quiet(true).build().reconcile();
    }

    @Test
    void aGoPageShowsTheGreenVerdictTheGoLiveDateAndASectionPerCheck() throws Exception {
        // when: the browser renders the page of a clean dry run
        String dom = render(goReport.resolve("reconciliation.html"));
        // then: the banner says GO, with the go-live date and the days left from the extract date
        assertTrue(dom.contains("<div class=\"banner GO\" id=\"verdict\">Verdict: GO</div>"), dom.substring(0, Math.min(400, dom.length())));
        assertTrue(dom.contains("Go-live date: <b>2019-02-01</b>; days left: <b>1</b>"));
        // and every check of the JSON has its section, with its status, in the order of the JSON
        JsonNode report = new ObjectMapper().readTree(goReport.resolve("reconciliation.json").toFile());
        // and, after the (empty) list of records not migrated, the headlines give legacy = migrated + not migrated, and the target
        assertTrue(dom.indexOf("<h2 id=\"not-migrated\">Not migrated: 0 headline records</h2>") < dom.indexOf("<h2>Headlines</h2>"));
        for (String[] headline : List.of(new String[] {"Open duty cases", "openDutyCases"}, new String[] {"Open referrals", "openReferrals"},
                new String[] {"Active child protection plans", "activeCpPlans"})) {
            JsonNode figures = report.path(headline[1]);
            assertTrue(dom.contains("<tr><td>" + headline[0] + "</td><td class=\"num\">" + figures.path("legacy").asText()
                    + "</td><td class=\"num\">" + figures.path("migrated").asText() + "</td><td class=\"num\">"
                    + figures.path("notMigrated").size() + "</td><td class=\"num\">" + figures.path("target").asText() + "</td>"),
                    headline[0] + " headline");
        }
        JsonNode checks = report.path("checks");
        assertTrue(checks.size() >= 40);
        int previous = -1;
        for (JsonNode check : checks) {
            Matcher section = Pattern.compile("<section id=\"check-" + Pattern.quote(check.path("id").asText())
                    + "\"><h3>[^<]*<span class=\"status " + check.path("status").asText() + "\">").matcher(dom);
            assertTrue(section.find(), "no section with status " + check.path("status").asText() + " for " + check.path("id"));
            assertTrue(section.start() > previous, "sections follow the checks' order");
            previous = section.start();
        }
        // and long lists are folded
        assertTrue(dom.contains("<details><summary>"), "long lists start folded");
    }

    @Test
    void aNoGoPageShowsTheRedVerdictAndTheFailingCheck() throws Exception {
        // when: the browser renders the page after a case note went missing from the target
        String dom = render(noGoReport.resolve("reconciliation.html"));
        // then: the banner says NO GO and the case-note counts section says FAIL
        assertTrue(dom.contains("<div class=\"banner NO_GO\" id=\"verdict\">Verdict: NO GO</div>"));
        assertTrue(dom.contains("<section id=\"check-counts-ssd_case_notes\"><h3>Counts: case_note -&gt; ssd_case_notes <span class=\"status FAIL\">FAIL</span>"));
        assertEquals(1, Pattern.compile("class=\"status FAIL\">FAIL</span></h3>").matcher(dom).results().count(), "one failing section");
    }

    @Test
    void thePageLoadsNothingFromOutside() throws IOException {
        for (Path page : List.of(goReport, noGoReport)) {
            String html = Files.readString(page.resolve("reconciliation.html"));
            for (String external : List.of("<script", "<link", "src=", "http://", "https://", "url(", "@import")) {
                assertFalse(html.contains(external), page + " contains " + external);
            }
        }
    }

    /** The DOM Chromium built from the page, as --dump-dom prints it. */
    private String render(Path page) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(profiles.resolve(String.valueOf(System.nanoTime())));
        Path dom = profile.resolveSibling(profile.getFileName() + ".html");
        Process browser = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!browser.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            browser.destroyForcibly();
            throw new AssertionError("Chromium did not finish rendering " + page + " within " + BROWSER_TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, browser.exitValue(), "Chromium exit code");
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
