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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens reconciliation.html in headless Chromium (Debian's chromium; .ci/run installs it when
 * .ci/needs-chromium exists) and checks what the browser shows: the verdict banner, what is signed, the days left
 * from today, the headlines and their bars, one section per owner role with its checks in the order an owner acts on
 * them, and nothing loaded from outside the page. Screenshots of the top and of an owner section go to target/screenshots/.
 * Skipped, with the reason, where Chromium is not installed, except where SWITCHOVER_REQUIRE_BROWSER=1 (CI): there
 * a missing Chromium fails it ({@link RequiredBrowser}).
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationPageChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long BROWSER_TIMEOUT_SECONDS = 60;
    private static final LocalDate GO_LIVE = LocalDate.of(2019, 2, 1);
    /** Today for the reports: the days left count from it. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2019-01-21T09:30:00Z"), ZoneOffset.UTC);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        DryRunResult clean = Switchover.configure().legacy(legacy).target(target).reportDir(goReport).goLive(GO_LIVE).clock(TODAY)
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
        Switchover.configure().legacy(legacy).target(target).reportDir(noGoReport).goLive(GO_LIVE).clock(TODAY).quiet(true).build().reconcile();
    }

    @Test
    void aGoPageOpensWithTheVerdictThenWhatIsSignedThenTheHeadlinesThenOneSectionPerOwner() throws Exception {
        // when: the browser renders the page of a clean dry run, made on 2019-01-21 by the injected clock
        String dom = render(goReport.resolve("reconciliation.html"));
        JsonNode report = new ObjectMapper().readTree(goReport.resolve("reconciliation.json").toFile());
        // then: the banner says GO, days left count from today (2019-01-21), not from the extract date (2019-01-31)
        assertTrue(dom.contains("<div class=\"banner GO\" id=\"verdict\">Verdict: GO</div>"), dom.substring(0, Math.min(400, dom.length())));
        assertTrue(dom.contains("Go-live date: <b>2019-02-01</b>; days left: <b>11</b> (counted from today, 2019-01-21)."));
        // and "what you are signing" names the run, both databases, the time and both hashes
        for (String fact : List.of("<th>Run</th><td>" + report.path("runId").asText() + "</td>",
                "<th>Legacy database</th><td>" + report.path("legacyDatabase").asText() + "</td>",
                "<th>Target database</th><td>" + report.path("targetDatabase").asText() + "</td>",
                "<th>Reconciled at</th><td>2019-01-21T09:30Z</td>",
                "<td class=\"hash\">" + report.path("mappingSetHash").asText() + "</td>",
                "<td class=\"hash\">" + report.path("checkSetHash").asText() + "</td>",
                "<h3 id=\"accepted-exceptions\">Accepted exceptions: 0</h3>")) {
            assertTrue(dom.contains(fact), fact);
        }
        assertEquals(64, report.path("mappingSetHash").asText().length());
        // and the page reads top-down: verdict, signing, records not migrated, headlines, owners
        List<Integer> order = Stream.of("id=\"verdict\"", "id=\"signing\"", "id=\"not-migrated\"", "id=\"headlines\"",
                "id=\"owner-index\"", "class=\"owner\"").map(dom::indexOf).toList();
        assertEquals(order.stream().sorted().toList(), order, "page order " + order);
        assertFalse(order.contains(-1), "every part is there " + order);
        // and the headlines give legacy = migrated + not migrated, and the target, with bars
        for (String[] headline : List.of(new String[] {"Open duty cases", "openDutyCases"}, new String[] {"Open referrals", "openReferrals"},
                new String[] {"Active child protection plans", "activeCpPlans"})) {
            JsonNode figures = report.path(headline[1]);
            assertTrue(dom.contains("<tr><td>" + headline[0] + "</td><td class=\"num\">" + figures.path("legacy").asText()
                    + "</td><td class=\"num\">" + figures.path("migrated").asText() + "</td><td class=\"num\">"
                    + figures.path("notMigrated").size() + "</td><td class=\"num\">" + figures.path("target").asText() + "</td>"),
                    headline[0] + " headline");
            assertTrue(dom.contains(">legacy " + figures.path("legacy").asText() + "</text>"), headline[0] + " legacy bar");
        }
        assertTrue(dom.contains("<svg id=\"headline-bars\""));
        ownerSections(dom, report);
    }

    /**
     * Every owner role has one section (its name quoted: roles hold commas) holding exactly its checks, FAIL first, then
     * ACCEPTED, then WARN by children affected, then PASS; each check with its meaning; a funnel per service area.
     */
    private static void ownerSections(String dom, JsonNode report) {
        Map<String, List<JsonNode>> byOwner = new TreeMap<>();
        report.path("checks").forEach(c -> byOwner.computeIfAbsent(c.path("owner").asText(), o -> new ArrayList<>()).add(c));
        assertTrue(byOwner.size() >= 8, byOwner.keySet().toString());
        Matcher owners = Pattern.compile("<section class=\"owner\" id=\"(owner-[a-z0-9-]+)\"><h2>Owner: <span class=\"role\">“([^”]+)”</span></h2>")
                .matcher(dom);
        int sections = 0;
        int funnels = 0;
        while (owners.find()) {
            sections++;
            String role = owners.group(2).replace("&#39;", "'");
            List<JsonNode> checks = byOwner.get(role);
            assertTrue(checks != null, "a section for an owner with no checks: " + role);
            int end = dom.indexOf("<section class=\"owner\"", owners.end());
            String section = dom.substring(owners.start(), end < 0 ? dom.length() : end);
            funnels += section.contains("<svg class=\"funnel\"") ? 1 : 0;
            List<String> order = List.of("FAIL", "ACCEPTED", "WARN", "PASS");
            int previousRank = -1;
            long previousChildren = Long.MAX_VALUE;
            Matcher inSection = Pattern.compile("<section class=\"check\" id=\"check-([^\"]+)\"><h3>[^<]*<span class=\"status (\\w+)\">")
                    .matcher(section);
            int found = 0;
            while (inSection.find()) {
                found++;
                JsonNode check = checks.stream().filter(c -> c.path("id").asText().equals(inSection.group(1))).findFirst()
                        .orElseThrow(() -> new AssertionError(inSection.group(1) + " is not " + role + "'s"));
                assertEquals(check.path("status").asText(), inSection.group(2));
                int rank = order.indexOf(inSection.group(2));
                assertTrue(rank >= previousRank, role + ": " + inSection.group(1) + " out of status order");
                previousRank = rank;
                long children = check.path("childrenAffected").asLong();
                if ("WARN".equals(inSection.group(2)) && children > 0) { // the WARNs that name children: most children first
                    assertTrue(children <= previousChildren, role + ": WARN " + inSection.group(1) + " out of children order");
                    previousChildren = children;
                }
                assertTrue(section.contains("<b>What it means:</b> " + check.path("meaning").asText()), inSection.group(1) + " meaning");
            }
            assertEquals(checks.size(), found, role + ": every check in its owner's section");
        }
        assertEquals(byOwner.size(), sections, "one section per owner role");
        long areas = StreamSupport.stream(report.path("checks").spliterator(), false)
                .filter(c -> c.path("id").asText().startsWith("counts-")).map(c -> c.path("owner").asText()).distinct().count();
        assertEquals(areas, funnels, "one funnel per service area with tables");
    }

    @Test
    void aNoGoPageLeadsFromTheTopStraightToTheFailingCheckInItsOwnersSection() throws Exception {
        // when: the browser renders the page after a case note went missing from the target
        String dom = render(noGoReport.resolve("reconciliation.html"));
        // then: the banner says NO GO, the summary under it links to the failing check and names its owner
        assertTrue(dom.contains("<div class=\"banner NO_GO\" id=\"verdict\">Verdict: NO GO</div>"));
        assertTrue(dom.contains("First failing check: <a href=\"#check-counts-ssd_case_notes\">Counts: case_note -&gt; ssd_case_notes</a>, "
                + "owned by <span class=\"role\">“Head of Service, Children's Social Care”</span>."), dom.substring(0, 2000));
        assertEquals(1, Pattern.compile("class=\"status FAIL\">FAIL</span></h3>").matcher(dom).results().count(), "one failing section");
        // and it is the first check of the first owner section, with what to do
        int firstOwner = dom.indexOf("<section class=\"owner\"");
        assertTrue(dom.indexOf("<section class=\"check\"", firstOwner) == dom.indexOf("<section class=\"check\" id=\"check-counts-ssd_case_notes\">"));
        assertTrue(dom.contains("<b>What to do:</b> If WARN: read the rejected rows"));
        screenshot(noGoReport.resolve("reconciliation.html"), "", "report-top.png", 900);
        screenshot(noGoReport.resolve("reconciliation.html"), "body>:not(#owner-head-of-service-children-s-social-care){display:none}",
                "report-owner-section.png", 900);
        // and a head of service reaches the first FAIL's figures within two screens of 900 pixels from the top (what follows the
        // owner sections, the families' sections of returns included, is below it and hidden like the later owners)
        Path upToFail = screenshot(noGoReport.resolve("reconciliation.html"),
                "#check-counts-ssd_case_notes~*,.owner~.owner,.owner~.family{display:none}", "report-up-to-first-fail.png", 6000);
        double screens = usedHeight(upToFail) / 900.0;
        System.out.printf("first FAIL section ends %.1f screens (1280 x 900) from the top of the page%n", screens);
        assertTrue(screens < 3, "the first FAIL is " + screens + " screens down");
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

    /**
     * A PNG of the page as a 1280-pixel-wide screen shows it, in target/screenshots/, for people to look at. {@code style}
     * is added to a copy of the page to hide what the picture is not about (the page itself is never changed).
     */
    private Path screenshot(Path original, String style, String name, int height) throws IOException, InterruptedException {
        Path page = profiles.resolve(name + ".html");
        Files.writeString(page, Files.readString(original).replace("</style>", style + "</style>"));
        Path file = Files.createDirectories(SCREENSHOTS).resolve(name).toAbsolutePath();
        Files.deleteIfExists(file);
        Path profile = Files.createDirectories(profiles.resolve(String.valueOf(System.nanoTime())));
        Process browser = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--window-size=1280," + height,
                "--user-data-dir=" + profile, "--screenshot=" + file, page.toUri().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(browser.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS), "Chromium screenshot within " + BROWSER_TIMEOUT_SECONDS + " s");
        byte[] png = Files.readAllBytes(file);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file + " is a PNG of a page");
        return file;
    }

    /** Pixels from the top to the last row that is not white: how far the visible content reaches. */
    private static int usedHeight(Path png) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        for (int y = image.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return y + 1;
                }
            }
        }
        return 0;
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
