package org.switchover.signoff;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ToolkitVersion;
import org.switchover.config.ConfigurationException;
import org.switchover.cutover.StatusReport;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.testing.OwnerDecisions;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-offs of a real dry run's reconciliation report: what they are bound to, and when and why they lapse. */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOffTest {
    private static final SignOffPolicy POLICY = SignOffPolicy.of(org.switchover.Switchover.configure().build().settings());
    private static final String ROLE = "Head of Service, Child Protection";

    private ConnectionSpec target;
    private Path dryRunReport;
    private long runId;
    private long reconciliationId;
    private String mappingHash;

    @BeforeAll
    void givenAReconciledDryRun(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.01).seed(7).build());
        dryRunReport = dir.resolve("dry-run");
        Switchover switchover = Switchover.configure().legacy(legacy).target(target).reportDir(dryRunReport).quiet(true)
                .goLive(LocalDate.now().plusDays(30)).build();
        DryRunResult result = switchover.dryRun();
        // the generated data holds headline records that cannot migrate: GO once their owners accept them
        ReconciliationResult accepted = OwnerDecisions.onEveryRecordNotMigrated(switchover, result.reconciliation(), "accept");
        assertTrue(result.succeeded() && accepted.go(), "the dry run must be GO to be signed");
        runId = result.engine().runId();
        reconciliationId = accepted.reconciliationId();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/cutover/run_binding.sql").text())) {
            statement.setLong(1, runId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                mappingHash = row.getString(1);
            }
        }
    }

    @Test
    void aSignOffIsBoundToTheReportBytesTheMappingsTheToolkitAndTheRun(@TempDir Path dir) throws Exception {
        Path report = copyOfReport(dir);
        // when the data owner signs off
        SignOff signOff = new SignOffRegistry(target, POLICY).sign(report, "Alex Smith", ROLE, mappingHash);
        // then the sign-off carries the SHA-256 of the file's bytes, the reconciliation that wrote it, the run's mapping hash,
        // the toolkit version and the run id
        assertEquals(sha256(report.resolve("reconciliation.json")), signOff.reportSha256());
        // and of the page the owner read, made with the command
        assertEquals(sha256(report.resolve("reconciliation.html")), signOff.htmlSha256());
        assertEquals(SignOff.CLI, signOff.channel());
        assertEquals(reconciliationId, signOff.reconciliationId());
        assertEquals(mappingHash, signOff.mappingHash());
        assertEquals(ToolkitVersion.current(), signOff.toolkitVersion());
        assertEquals(runId, signOff.runId());
        assertEquals("GO", signOff.verdict());
        // and status lists it as valid under its run
        assertTrue(statusLine("Alex Smith").startsWith("    sign-off by Alex Smith (" + ROLE + ") VALID"), statusLine("Alex Smith"));
        assertTrue(statusLine("Alex Smith").endsWith(", with the sign-off command"), statusLine("Alex Smith"));
    }

    @Test
    void aReportEditedAfterSigningLapsesTheSignOffAndIsNamed(@TempDir Path dir) throws Exception {
        Path report = copyOfReport(dir);
        SignOff signOff = new SignOffRegistry(target, POLICY).sign(report, "Bea Khan", ROLE, mappingHash);
        // when someone edits the signed report
        Path json = report.resolve("reconciliation.json");
        Files.writeString(json, Files.readString(json).replace("\"GO\"", "\"GO\" "));
        // then status names the lapse, the run and both hashes
        String expected = "    sign-off by Bea Khan (" + ROLE + ") LAPSED: reconciliation.json of run " + runId
                + " was edited after signing (sha256 " + sha256(json).substring(0, 12) + "… ≠ " + signOff.reportSha256().substring(0, 12) + "…";
        assertTrue(statusLine("Bea Khan").startsWith(expected), statusLine("Bea Khan"));
    }

    @Test
    void aChangedMappingSetLapsesTheSignOff(@TempDir Path dir) throws Exception {
        new SignOffRegistry(target, POLICY).sign(copyOfReport(dir), "Cara Diaz", ROLE, mappingHash);
        // when the mappings hash differently now
        String changed = "0".repeat(64);
        List<String> status = StatusReport.lines(target, changed, POLICY);
        // then the sign-off has lapsed for that reason
        String line = status.stream().filter(l -> l.contains("Cara Diaz")).findFirst().orElseThrow();
        assertTrue(line.contains("LAPSED: the mapping set changed since signing (hash 000000000000… ≠ " + mappingHash.substring(0, 12) + "…)"), line);
    }

    @Test
    void anEditedOrNoGoReportCannotBeSigned(@TempDir Path dir) throws Exception {
        Path report = copyOfReport(dir);
        Path json = report.resolve("reconciliation.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"verdict\" ?: ?\"GO\"", "\"verdict\" : \"NO_GO\""));
        // when someone signs a report that the reconciliation did not write as it is now
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> new SignOffRegistry(target, POLICY).sign(report, "Dan Ode", ROLE, mappingHash));
        // then it is refused for both reasons, and nothing is recorded
        assertTrue(refused.getMessage().contains("is NO_GO: only a GO report can be signed off"), refused.getMessage());
        assertTrue(refused.getMessage().contains("was edited after reconciliation " + reconciliationId + " of run " + runId + " wrote it"),
                refused.getMessage());
        assertTrue(StatusReport.lines(target, mappingHash, POLICY).stream().noneMatch(l -> l.contains("Dan Ode")));
    }

    @Test
    void anEditedPageCannotBeSignedWithTheCommandEither(@TempDir Path dir) throws Exception {
        Path report = copyOfReport(dir);
        Path html = report.resolve("reconciliation.html");
        Files.writeString(html, Files.readString(html).replaceFirst("Verdict: GO", "Verdict: GO (approved)"));
        // when someone signs with an edited page beside the untouched JSON
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> new SignOffRegistry(target, POLICY).sign(report, "Eve Page", ROLE, mappingHash));
        // then it is refused, naming the page, and nothing is recorded
        assertTrue(refused.getMessage().startsWith(html.toAbsolutePath().normalize() + " was edited after reconciliation " + reconciliationId
                + " of run " + runId + " wrote it (sha256 " + sha256(html).substring(0, 12) + "…"), refused.getMessage());
        assertTrue(StatusReport.lines(target, mappingHash, POLICY).stream().noneMatch(l -> l.contains("Eve Page")));
    }

    private Path copyOfReport(Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("signed"));
        Files.copy(dryRunReport.resolve("reconciliation.json"), copy.resolve("reconciliation.json"));
        Files.copy(dryRunReport.resolve("reconciliation.html"), copy.resolve("reconciliation.html"));
        return copy;
    }

    private String statusLine(String owner) {
        return StatusReport.lines(target, mappingHash, POLICY).stream().filter(l -> l.contains(owner)).findFirst().orElse("(none)");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
