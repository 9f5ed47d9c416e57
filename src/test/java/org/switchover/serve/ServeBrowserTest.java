package org.switchover.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchover.Switchover;
import org.switchover.config.ServeSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.signoff.ReconciliationReport;
import org.switchover.operation.StatusResult;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.Queries;
import org.switchover.testing.RequiredBrowser;
import org.switchover.testing.TestDatabases;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `serve` driven by real headless Chromium (Debian's chromium and chromedriver, through Selenium) against a GO dry run of
 * generated data on the machine's servers: sign in, read the report, open a child's page, sign; a wrong password, a missing
 * CSRF token, an edited report and a signed-then-edited page. Screenshots of every page go to target/screenshots/.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ROLE = "Head of Service, Child Protection";
    private static final String OWNER = "Alex Smith";
    private static final String PASSWORD = "correct horse battery staple";

    private ConnectionSpec target;
    private Path report;
    private long runId;
    private ServeHandle server;
    private ServeHttp http;
    private WebDriver browser;

    @BeforeAll
    void givenAGoDryRunAnOwnerAndARunningServer(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws Exception {
        RequiredBrowser.require(CHROMIUM, System.getenv());
        RequiredBrowser.require(CHROMEDRIVER, System.getenv());
        target = targetDb.spec();
        report = dir.resolve("report");
        GeneratedLoad.Loaded loaded = GeneratedLoad.dryRun(legacyDb.spec(), target, 0.01, 7, report, LocalDate.now().plusDays(7));
        assertTrue(loaded.reconciliation().go(), "the generated dry run is GO");
        runId = loaded.runId();
        Switchover switchover = Switchover.configure().target(target).reportDir(report).build();
        switchover.addUser(OWNER, ROLE, PASSWORD.toCharArray());
        server = switchover.serve(ServeSettings.defaults().withPort(0).withReportDir(report));
        http = new ServeHttp(server);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedAndOnlyTheHashIsStored() throws Exception {
        // when: the owner signs in with a wrong password
        signIn(OWNER, "not the password at all");
        // then: the sign-in page says so, and no page opens
        assertEquals("Wrong name or password.", browser.findElement(By.id("problem")).getText());
        screenshot("serve-sign-in-refused");
        browser.get(server.url() + "/runs/" + runId);
        assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());
        // and the database holds a bcrypt hash, not the password
        String stored = Queries.rows(target, "sql/serve-test/password_hashes.sql").get(0);
        assertTrue(stored.startsWith(OWNER + "|" + ROLE + "|$2a$12$"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    @Order(2)
    void aSignedInOwnerReadsTheExactReportAndAChildsPage() throws Exception {
        // when: the owner signs in and opens the run and its report
        signIn(OWNER, PASSWORD);
        assertTrue(browser.findElement(By.id("runs")).getText().contains("Run " + runId), "the runs list shows the run");
        screenshot("serve-runs");
        browser.get(server.url() + "/runs/" + runId);
        assertEquals("unchanged", browser.findElement(By.cssSelector(".unchanged")).getText());
        screenshot("serve-run");
        HttpResponse<byte[]> page = get("/runs/" + runId + "/report", cookie());
        // then: the report served is the file's exact bytes, with headers that keep it out of caches and forbid scripts
        assertEquals(200, page.statusCode());
        assertArrayEquals(Files.readAllBytes(report.resolve("reconciliation.html")), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        browser.get(server.url() + "/runs/" + runId + "/report");
        screenshot("serve-report");
        // when: the owner opens the page of the child with the most case notes
        String[] child = Queries.rows(target, "sql/serve-test/child_with_most_case_notes.sql").get(0).split("\\|");
        openChild(child[0]);
        // then: every loaded row of that child is listed, the person row and each case note by key
        assertEquals(child[0], browser.findElement(By.id("legacy-ref")).getText());
        String loaded = browser.findElement(By.id("loaded")).getText();
        assertTrue(loaded.contains("ssd_person " + child[1]), loaded);
        assertEquals(Long.parseLong(child[2]), loaded.lines().filter(l -> l.startsWith("ssd_case_notes ")).count());
        screenshot("serve-child");
        // and a child with rejected rows shows each of them with its reason
        List<String> rejected = Queries.rows(target, "sql/serve-test/child_with_most_rejects.sql", runId);
        if (!rejected.isEmpty()) {
            String[] most = rejected.get(0).split("\\|");
            openChild(most[0]);
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("Rejected (" + most[1] + ")"));
            screenshot("serve-child-rejected");
        }
        // and a child the owners accepted as not migrated shows the check and the decision
        List<String> accepted = Queries.rows(target, "sql/serve-test/child_with_accepted_finding.sql");
        if (!accepted.isEmpty()) {
            String[] finding = accepted.get(0).split("\\|");
            openChild(finding[0]);
            String findings = browser.findElement(By.id("findings")).getText();
            assertTrue(findings.contains(finding[1]) && findings.contains("ACCEPTED " + finding[2]), findings);
        }
    }

    @Test
    @Order(3)
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        // when: a signed-in browser's session posts the sign-off form without the token, and with a wrong one
        String body = "declaration=accepted&htmlSha256=" + ReconciliationReport.sha256Of(report.resolve("reconciliation.html"));
        HttpResponse<byte[]> missing = post("/runs/" + runId + "/sign", cookie(), body);
        HttpResponse<byte[]> wrong = post("/runs/" + runId + "/sign", cookie(), body + "&csrf=forged");
        // and a sign-in is posted without a session at all
        HttpResponse<byte[]> noSession = post("/login", null, "name=" + enc(OWNER) + "&password=" + enc(PASSWORD));
        // then: all three are refused with 403 and nothing is signed
        assertEquals(403, missing.statusCode());
        assertEquals(403, wrong.statusCode());
        assertEquals(403, noSession.statusCode());
        assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("CSRF token"));
        assertEquals(List.of(), Queries.rows(target, "sql/serve-test/browser_sign_offs.sql"));
    }

    @Test
    @Order(4)
    void theOwnerSignsTheReportTheyRead() throws Exception {
        // when: the owner opens the sign-off page, ticks the declaration and signs
        browser.get(server.url() + "/runs/" + runId + "/sign");
        String shownHash = browser.findElement(By.id("html-sha256")).getText();
        browser.findElement(By.id("declaration")).click();
        screenshot("serve-sign-off");
        submit(By.id("sign"));
        // then: the sign-off is recorded, made in the browser and bound to the page's and the JSON's hashes
        assertTrue(browser.findElement(By.id("signed")).getText().startsWith("Run " + runId + " signed off by " + OWNER));
        screenshot("serve-signed");
        String html = ReconciliationReport.sha256Of(report.resolve("reconciliation.html"));
        String json = ReconciliationReport.sha256Of(report.resolve("reconciliation.json"));
        assertEquals(html, shownHash);
        assertEquals(List.of(OWNER + "|" + ROLE + "|browser|" + html + "|" + json), Queries.rows(target, "sql/serve-test/browser_sign_offs.sql"));
        // and status holds it valid, with an intact ledger
        StatusResult status = Switchover.configure().target(target).build().status();
        assertTrue(status.ledgerIntact(), String.join("\n", status.lines()));
        assertTrue(status.lines().stream().anyMatch(l -> l.contains("sign-off by " + OWNER + " (" + ROLE + ") VALID") && l.endsWith(", in the browser")),
                String.join("\n", status.lines()));
        browser.get(server.url() + "/runs/" + runId);
        assertEquals("VALID", browser.findElement(By.cssSelector("#sign-offs .VALID")).getText());
    }

    @Test
    @Order(5)
    void aSignedThenEditedPageShowsLapsedAndCannotBeSignedAgain() throws Exception {
        // given: someone edits the signed report page (one word of the verdict banner)
        Path html = report.resolve("reconciliation.html");
        String edited = Files.readString(html).replaceFirst("GO", "G0");
        Path copy = Files.createTempFile(report, "edited", ".html");
        Files.writeString(copy, edited);
        Files.move(copy, html, StandardCopyOption.REPLACE_EXISTING);
        // when: the owner opens the run
        browser.get(server.url() + "/runs/" + runId);
        // then: the page is EDITED and the sign-off LAPSED, saying why
        assertEquals("EDITED", browser.findElement(By.cssSelector(".EDITED")).getText());
        String signOffs = browser.findElement(By.id("sign-offs")).getText();
        assertTrue(signOffs.contains("LAPSED") && signOffs.contains("reconciliation.html of run " + runId + " was edited after signing"), signOffs);
        screenshot("serve-lapsed");
        // and status says the same
        StatusResult status = Switchover.configure().target(target).build().status();
        assertTrue(status.lines().stream().anyMatch(l -> l.contains("sign-off by " + OWNER + " (" + ROLE + ") LAPSED: reconciliation.html of run "
                + runId + " was edited after signing")), String.join("\n", status.lines()));
        // when: the owner tries to sign the edited page
        browser.get(server.url() + "/runs/" + runId + "/sign");
        // then: the page warns before anything is ticked
        assertTrue(browser.findElement(By.id("problem")).getText().contains("it was edited, so it cannot be signed"));
        browser.findElement(By.id("declaration")).click();
        submit(By.id("sign"));
        // and signing is refused, naming the edit, and no second sign-off is recorded
        String problem = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.id("problem")).getText();
            return text.startsWith("This report cannot be signed:") ? text : null;
        });
        assertTrue(problem.startsWith("This report cannot be signed:") && problem.contains("was edited after reconciliation"), problem);
        screenshot("serve-edited-refused");
        assertEquals(1, Queries.rows(target, "sql/serve-test/browser_sign_offs.sql").size());
    }

    @Test
    @Order(6)
    void failedSignInsAreLimited() throws Exception {
        // given: this address failed once already (the wrong password above); the owner's later success cleared only the name
        // when: wrong passwords are tried from this address until the server stops answering them
        int refusedAsWrong = 0;
        while (signInOverHttp(OWNER, "wrong guess " + refusedAsWrong) == 401) {
            refusedAsWrong++;
            assertTrue(refusedAsWrong <= ServeSettings.DEFAULT_MAX_FAILED_LOGINS, "never limited");
        }
        // then: the limit counted the earlier failure too, and now even the right password is refused
        assertEquals(ServeSettings.DEFAULT_MAX_FAILED_LOGINS - 1, refusedAsWrong);
        assertEquals(429, signInOverHttp(OWNER, PASSWORD));
    }

    private int signInOverHttp(String name, String password) throws Exception {
        return http.signIn(name, password).status();
    }

    private void signIn(String name, String password) {
        browser.get(server.url() + "/login");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(By.id("sign-in"));
    }

    /** Clicks a form's button and waits until the browser has left the page: a loaded machine answers late. */
    private void submit(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> left(element));
    }

    /**
     * True once the element is gone from the page. Chromium answers a node of the page just left either as stale or,
     * mid-navigation, with "Node with given id does not belong to the document" (an unknown error, which Selenium's
     * own staleness condition rethrows): both mean the browser has left the page.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void openChild(String legacyRef) {
        browser.get(server.url() + "/runs/" + runId);
        browser.findElement(By.id("child-ref")).sendKeys(legacyRef);
        submit(By.id("find-child"));
    }

    private String cookie() {
        return ServeServer.COOKIE + "=" + browser.manage().getCookieNamed(ServeServer.COOKIE).getValue();
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        return http.get(path, cookie);
    }

    private HttpResponse<byte[]> post(String path, String cookie, String form) throws Exception {
        return http.post(path, cookie, form);
    }

    private static String enc(String value) {
        return ServeHttp.enc(value);
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
