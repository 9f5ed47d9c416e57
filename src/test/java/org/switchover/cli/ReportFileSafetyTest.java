package org.switchover.cli;

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
import org.switchover.dryrun.DryRunResult;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files `generate`, `dry-run` and `reconcile` write, run as an operator whose umask is 000: every file
 * 0600, every directory they create 0700. Legacy references that start like spreadsheet formulas reach the
 * CSVs marked as text with a leading ', and reconciliation.json and the HTML page keep them exactly.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFileSafetyTest {
    private static final String PERMISSIVE_UMASK = "000";
    /** Legacy references as a user could have typed them (VARCHAR(20)), with what the CSV must hold for each. */
    private static final List<String[]> HOSTILE_REFS = List.of(
            new String[] {"=%d+1", "'=%d+1"},
            new String[] {"+SUM(%d)", "'+SUM(%d)"},
            new String[] {"-%d+1", "'-%d+1"},
            new String[] {"@A%d", "'@A%d"},
            new String[] {"\tDCC/%d", "'\tDCC/%d"},
            new String[] {"\rDCC/%d", "\"'\rDCC/%d\""},
            new String[] {"-%d", "-%d"});

    private Path dir;
    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private CliProcess.Result generated;
    private CliProcess.Result dryRun;
    /** The client number of each legacy reference the test gave. */
    private final Map<String, Integer> refs = new LinkedHashMap<>();

    @BeforeAll
    void givenAGeneratedLegacyWithHostileReferencesAndADryRun(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                               @TempDir Path tempDir) throws Exception {
        dir = tempDir;
        legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        generated = CliProcess.runWithUmask(PERMISSIVE_UMASK, Map.of(), "generate", "--legacy-url", legacy.url(),
                "--scale", "0.005", "--seed", "7", "--ground-truth", dir.resolve("truth").resolve("ground-truth.json").toString());
        assertEquals(ExitCodes.OK, generated.exitCode(), generated.err());
        giveEveryClientAHostileReference();
        dryRun = CliProcess.runWithUmask(PERMISSIVE_UMASK, Map.of(), "dry-run", "--quiet", "--legacy-url", legacy.url(),
                "--target-url", target.url(), "--report-dir", reportDir().toString());
        assertTrue(dryRun.exitCode() == ExitCodes.OK || dryRun.exitCode() == ExitCodes.CHECKS_FAILED, dryRun.err());
    }

    @Test
    void everyFileIsOwnerOnlyAndEveryDirectoryTheToolCreated() throws Exception {
        // given the files of generate and dry-run under umask 000, and a report file an older version left 0644
        Path json = reportDir().resolve("reconciliation.json");
        Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("rw-r--r--"));
        // when reconcile writes the report again
        CliProcess.Result reconciled = CliProcess.runWithUmask(PERMISSIVE_UMASK, Map.of(), "reconcile", "--legacy-url", legacy.url(),
                "--target-url", target.url(), "--report-dir", reportDir().toString());
        assertTrue(reconciled.exitCode() == ExitCodes.OK || reconciled.exitCode() == ExitCodes.CHECKS_FAILED, reconciled.err());
        // then every file below the test directory is 0600 and every directory 0700
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.filter(p -> !p.equals(dir)).toList()) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), dir.relativize(path).toString());
                files.add(dir.relativize(path).toString());
            }
        }
        // and they are the files the commands write, down to the per-check lists
        for (String expected : List.of("truth", "truth/ground-truth.json", "first-run/counts.json", "reports", "reports/dry-run", "reports/dry-run/counts.json",
                "reports/dry-run/reconciliation.json", "reports/dry-run/reconciliation.html", "reports/dry-run/open-duty-cases.csv",
                "reports/dry-run/lists", "reports/dry-run/lists/open-duty-cases.csv")) {
            assertTrue(files.contains(expected), expected + " not in " + files);
        }
    }

    @Test
    void aReconcileIntoADirectoryOtherAccountsCanWriteToIsRefusedBeforeAnyCheck(@TempDir Path elsewhere) throws Exception {
        // given a report directory that every account may write to (found by trying it: reconcile ran every check, recorded
        // the reconciliation and then stopped on "cannot write the reconciliation report in …", without the reason)
        Path shared = Files.createDirectory(elsewhere.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        long reconciliations = org.switchover.testing.Queries.number(target, "sql/scratch/reconciliations.sql");
        // when reconcile is asked to write its report there
        CliProcess.Result refused = CliProcess.run(Map.of(), "reconcile", "--legacy-url", legacy.url(), "--target-url", target.url(),
                "--report-dir", shared.toString());
        // then it is refused before any check, naming the directory and why; nothing is written there or recorded
        assertEquals(ExitCodes.USAGE, refused.exitCode(), refused.err());
        assertEquals("switchover: cannot reconcile: report directory " + shared + " is refused: other accounts can write to it"
                + " (mode rwxrwxrwx), so another account could plant a link or a file of its own there, or replace a report;"
                + " give a directory that is this account's alone (chmod go-w " + shared + ", if it is yours)",
                refused.err().strip());
        try (Stream<Path> names = Files.list(shared)) {
            assertEquals(0, names.count());
        }
        assertEquals(reconciliations, org.switchover.testing.Queries.number(target, "sql/scratch/reconciliations.sql"));
    }

    @Test
    void formulaLikeReferencesAreTextInTheCsvsAndExactInJsonAndHtml() throws IOException {
        // given the lists of the report (open duty cases, active CP plans, missing fields), every client's legacy
        // reference made to start like a formula
        JsonNode report = new ObjectMapper().readTree(reportDir().resolve("reconciliation.json").toFile());
        String duty = Files.readString(reportDir().resolve("open-duty-cases.csv"));
        String dutyList = Files.readString(reportDir().resolve("lists").resolve("open-duty-cases.csv"));
        String plans = Files.readString(reportDir().resolve("active-cp-plans.csv"));
        String missing = Files.readString(reportDir().resolve("missing-fields.csv"));
        String html = Files.readString(reportDir().resolve("reconciliation.html"));
        Map<String, Integer> seenByKind = new LinkedHashMap<>();
        // (a case that did not migrate is named by its client_no or marked "merge chain broken": not a reference as given)
        java.util.Set<String> notMigrated = new java.util.HashSet<>();
        report.path("openDutyCases").path("notMigrated").forEach(n -> notMigrated.add(n.path("referralId").asText()));
        for (JsonNode c : report.path("openDutyCases").path("cases")) {
            if (notMigrated.contains(c.path("referralId").asText())) {
                continue;
            }
            // then the JSON holds each reference exactly as the legacy system does (kindOf fails on any other)
            String ref = c.path("legacyRef").asText();
            String cell = expectedCell(ref, seenByKind);
            String id = c.path("referralId").asText();
            // and the CSV row starts with the cell marked as text, never with the bare value (a figure stays a figure)
            assertTrue(duty.contains("\n" + cell + "," + id + ","), "no row for " + ref + " in:\n" + duty);
            assertEquals(cell.equals(ref), duty.contains("\n" + ref + ","), ref);
            assertTrue(dutyList.contains("," + cell + ",") || dutyList.contains("," + cell + "\n"), ref + " in:\n" + dutyList);
            // and the page shows it unmarked
            assertTrue(html.contains("<tr><td>" + ref + "</td><td>" + id + "</td>"), ref);
        }
        for (JsonNode p : report.path("activeCpPlans").path("plans")) {
            String ref = p.path("legacyRef").asText();
            String cell = expectedCell(ref, seenByKind);
            assertTrue(plans.contains("\n" + p.path("planId").asText() + "," + cell + ","), "no row for " + ref + " in:\n" + plans);
            assertEquals(cell.equals(ref), plans.contains("," + ref + ","), ref);
        }
        for (JsonNode f : report.path("missingFields")) {
            for (JsonNode r : f.path("legacyRefs")) {
                String ref = r.asText();
                String cell = expectedCell(ref, seenByKind);
                String row = f.path("table").asText() + "," + f.path("field").asText() + ",";
                assertTrue(missing.contains("\n" + row + cell + "\n"), "no row for " + ref + " in:\n" + missing);
                assertEquals(cell.equals(ref), missing.contains("\n" + row + ref + "\n"), ref);
            }
        }
        assertEquals(HOSTILE_REFS.size(), seenByKind.size(), "kinds of reference in the lists: " + seenByKind);
    }

    private String expectedCell(String ref, Map<String, Integer> seenByKind) {
        String[] kind = kindOf(ref);
        seenByKind.merge(kind[0], 1, Integer::sum);
        return String.format(kind[1], refs.get(ref));
    }

    private String[] kindOf(String ref) {
        for (String[] kind : HOSTILE_REFS) {
            if (refs.containsKey(ref) && String.format(kind[0], refs.get(ref)).equals(ref)) {
                return kind;
            }
        }
        throw new AssertionError("not a reference the test gave: " + ref);
    }

    /**
     * Every client gets a reference of one of the kinds; the clients a first dry run listed (open duty cases,
     * active CP plans) take the kinds in turn, so that each kind reaches the lists of the run under test.
     */
    private void giveEveryClientAHostileReference() throws Exception {
        DryRunResult first = Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("first-run")).quiet(true)
                .build().dryRun();
        assertTrue(first.succeeded(), first.engine().failure());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("first-run").resolve("reconciliation.json").toFile());
        List<String> listed = new ArrayList<>();
        report.path("openDutyCases").path("cases").forEach(c -> listed.add(c.path("legacyRef").asText()));
        report.path("activeCpPlans").path("plans").forEach(p -> listed.add(p.path("legacyRef").asText()));
        report.path("missingFields").forEach(f -> f.path("legacyRefs").forEach(ref -> listed.add(ref.asText())));
        try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT client_no, legacy_ref FROM client ORDER BY client_no");
             PreparedStatement update = connection.prepareStatement("UPDATE client SET legacy_ref = ? WHERE client_no = ?")) {
            while (rows.next()) {
                int client = rows.getInt(1);
                int turn = listed.indexOf(rows.getString(2));
                String ref = String.format(HOSTILE_REFS.get(Math.floorMod(turn < 0 ? client : turn, HOSTILE_REFS.size()))[0], client);
                refs.put(ref, client);
                update.setString(1, ref);
                update.setInt(2, client);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private Path reportDir() {
        return dir.resolve("reports").resolve("dry-run");
    }
}
