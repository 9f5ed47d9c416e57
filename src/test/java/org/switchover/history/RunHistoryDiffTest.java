package org.switchover.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.cli.SwitchoverCommand;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.operation.DiffOperation;
import org.switchover.testing.MappingCopies;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two dry runs of the same legacy data, the second with one code-map change (ethnicity B1 no longer maps to MWBC):
 * each run's report is kept in reports/dry-run-N/, reports/latest points to the second, and `diff` shows exactly the
 * B1 values as new unmapped values, the missing-ethnicity check FAIL with its target up by the same number, and no
 * count, reject or verdict changed.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunHistoryDiffTest {
    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path reports;
    private DryRunResult first;
    private DryRunResult second;
    private long nullEthnicityBefore;
    private long nullEthnicityAfter;

    @BeforeAll
    void givenTwoDryRunsWithOneCodeMapChange(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws IOException, SQLException {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(7L).groundTruthFile(dir.resolve("truth.json")).build());
        reports = dir.resolve("reports");
        Path mappings = MappingCopies.copyInto(dir);
        first = switchover(mappings).dryRun();
        nullEthnicityBefore = Queries.number(target, "sql/history/null_ethnicity.target.sql");
        MappingCopies.edit(mappings, "codes/ethnicity.yml", "{ from: [MWBC, B1, \"White and Black Caribbean\"], to: MWBC }",
                "{ from: [MWBC, \"White and Black Caribbean\"], to: MWBC }");
        second = switchover(mappings).dryRun();
        nullEthnicityAfter = Queries.number(target, "sql/history/null_ethnicity.target.sql");
        assertTrue(first.succeeded() && second.succeeded());
    }

    private Switchover switchover(Path mappings) {
        return Switchover.configure().legacy(legacy).target(target).mappings(mappings).reportDir(reports.resolve("dry-run"))
                .goLive(LocalDate.of(2019, 2, 1)).quiet(true).build();
    }

    @Test
    void eachRunsReportIsKeptAndLatestPointsToTheNewest() throws IOException {
        long one = first.engine().runId();
        long two = second.engine().runId();
        ObjectMapper json = new ObjectMapper();
        // then each run has its own directory with its own report, owner-only
        assertEquals(one, json.readTree(reports.resolve("dry-run-" + one).resolve("reconciliation.json").toFile()).path("runId").asLong());
        assertEquals(two, json.readTree(reports.resolve("dry-run-" + two).resolve("reconciliation.json").toFile()).path("runId").asLong());
        assertTrue(Files.isRegularFile(reports.resolve("dry-run-" + one).resolve("counts.json")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                reports.resolve("dry-run-" + one).resolve("reconciliation.html"))));
        // and latest is a relative symbolic link to the second run's, byte for byte the working copy sign-off reads
        assertEquals(Path.of("dry-run-" + two), Files.readSymbolicLink(reports.resolve(RunHistory.LATEST)));
        assertArrayEquals(Files.readAllBytes(reports.resolve("dry-run").resolve("reconciliation.json")),
                Files.readAllBytes(reports.resolve(RunHistory.LATEST).resolve("reconciliation.json")));
    }

    @Test
    void theDiffShowsTheB1ValuesAsNewlyUnmappedAndNothingElse() throws SQLException, IOException {
        // given the legacy values that mean B1 on clients that migrate, counted in legacy
        List<String> b1 = Queries.rows(legacy, "sql/history/b1_values.legacy.sql");
        long b1Clients = b1.stream().mapToLong(row -> Long.parseLong(row.split("\\|")[1])).sum();
        assertTrue(b1Clients > 0, "the dataset must hold clients with B1");
        // when the two runs are compared
        long one = first.engine().runId();
        long two = second.engine().runId();
        DiffOperation.DiffResult result = Switchover.configure().target(target).reportDir(reports.resolve("dry-run")).build().diff(one, two);
        List<String> lines = result.diff().lines();
        // then the new unmapped values are exactly the B1 spellings, each with its clients; none went
        List<String> expected = new ArrayList<>();
        expected.add("unmapped values: " + b1.size() + " new, 0 gone");
        b1.forEach(row -> expected.add("  + client.ethnic_cd -> ssd_person '" + row.split("\\|")[0] + "': " + row.split("\\|")[1] + " rows"));
        int at = lines.indexOf(expected.get(0));
        assertTrue(at > 0, String.join("\n", lines));
        assertEquals(expected, lines.subList(at, at + expected.size()));
        // and the target's children with no ethnicity went up by exactly those clients, as the check says
        assertEquals(b1Clients, nullEthnicityAfter - nullEthnicityBefore);
        // and the check FAILs: legacy still expects only its own empty values, so the target's extra ones are the migration's
        assertTrue(lines.contains("  missing-person-ethnicity: WARN -> FAIL, target " + nullEthnicityBefore + " -> " + nullEthnicityAfter),
                () -> nullEthnicityBefore + " -> " + nullEthnicityAfter + "\n" + String.join("\n", lines));
        // and the counts, the verdict and the rejects did not change; the mapping set did
        assertEquals(List.of("dry-run run " + one + " -> dry-run run " + two + " (the mapping set changed)", "verdict: "
                + first.reconciliation().verdict() + " (unchanged)", "tables changed: 0"), lines.subList(0, 3));
        assertTrue(lines.contains("rejects: 0 new, 0 gone"), String.join("\n", lines));
        assertEquals("checks changed: 2", lines.get(3), String.join("\n", lines)); // missing-person-ethnicity and unmapped-codes
        // and diff.json says the same, beside the runs' reports
        JsonNode diff = new ObjectMapper().readTree(result.file().toFile());
        assertEquals(reports.resolve("diff-" + one + "-" + two).resolve("diff.json").toAbsolutePath(), result.file().toAbsolutePath());
        assertEquals(b1.size(), diff.path("unmapped").path("new").size());
        assertEquals(b1Clients, sum(diff.path("unmapped").path("new")));
    }

    @Test
    void theCommandComparesTwoRunsAndRefusesARunTheTargetDoesNotHave() {
        String[] connection = {"--target-url", target.url(), "--target-user", target.user(), "--report-dir",
                reports.resolve("dry-run").toString()};
        // when the command compares the two runs, then a run that does not exist
        int ok = SwitchoverCommand.execute(concat(new String[] {"diff", "--from", String.valueOf(first.engine().runId()), "--to",
                String.valueOf(second.engine().runId())}, connection));
        int missing = SwitchoverCommand.execute(concat(new String[] {"diff", "--from", String.valueOf(first.engine().runId()),
                "--to", "999"}, connection));
        // then 0, and 2 (a usage error: nothing to compare), writing no diff for the missing run
        assertEquals(0, ok);
        assertEquals(2, missing);
        assertTrue(Files.notExists(reports.resolve("diff-" + first.engine().runId() + "-999")));
    }

    @Test
    void theWorklistsListEveryRejectAndEachUnmappedValueWithItsCodeMapAndChildren() throws IOException, SQLException {
        Path report = reports.resolve("dry-run-" + second.engine().runId());
        // when the second run's worklists are read
        List<String> unmapped = Files.readAllLines(report.resolve("unmapped.csv"));
        List<String> rejects = Files.readAllLines(report.resolve("rejects.csv"));
        // then B1 is listed with its code map, target column, rows and the children carrying it, by legacy reference
        List<String> refs = Queries.rows(legacy, "sql/history/b1_refs.legacy.sql");
        assertEquals("codeMap,targetTable,targetColumn,legacyTable,legacyColumn,legacyValue,rows,sampleLegacyRefs", unmapped.get(0));
        assertTrue(unmapped.contains(reports.getParent().resolve("mappings").resolve("codes").resolve("ethnicity.yml")
                + ",ssd_person,pers_ethnicity,client,ethnic_cd,B1," + refs.size() + "," + String.join(" ", refs.subList(0, Math.min(5, refs.size())))),
                String.join("\n", unmapped));
        // and rejects.csv has one line per rejected row the run counted, each naming its column, never a free-text value
        assertEquals("targetTable,legacyTable,key,legacyRef,reason,column,rawValue", rejects.get(0));
        assertEquals(Queries.number(target, "sql/history/rejected.target.sql", second.engine().runId()), rejects.size() - 1L);
        assertTrue(rejects.stream().skip(1).allMatch(line -> line.contains(",unknown_client,client_no,") || !line.contains("unknown_client")),
                String.join("\n", rejects));
        assertTrue(rejects.stream().noneMatch(line -> line.length() > 200), "no row's free text in the worklist");
        // and every reject names its column and that column's value: the engineer sees what to fix without the row
        assertTrue(rejects.stream().skip(1).map(line -> line.split(",", -1))
                .allMatch(cells -> cells.length == 7 && !cells[5].isEmpty() && !cells[6].isEmpty()), String.join("\n", rejects));
    }

    @Test
    void theSecondPageSaysWhatChangedSinceTheFirstRunAndShowsTheTrend() throws IOException {
        long one = first.engine().runId();
        long two = second.engine().runId();
        String firstPage = Files.readString(reports.resolve("dry-run-" + one).resolve("reconciliation.html"));
        String secondPage = Files.readString(reports.resolve("dry-run-" + two).resolve("reconciliation.html"));
        ObjectMapper json = new ObjectMapper();
        long failsBefore = fails(json.readTree(reports.resolve("dry-run-" + one).resolve("reconciliation.json").toFile()));
        long failsAfter = fails(json.readTree(reports.resolve("dry-run-" + two).resolve("reconciliation.json").toFile()));
        // then the first run's page has nothing to compare with
        assertTrue(firstPage.contains("<p>This is the first reconciled run of its kind on this target: nothing to compare with.</p>"));
        // and the second names the run before, the FAIL checks before and now, and the check whose status changed
        assertTrue(secondPage.contains("<p>Compared with run " + one + " (verdict " + first.reconciliation().verdict() + "): FAIL "
                + failsBefore + " → " + failsAfter + ", WARN "), secondPage);
        assertTrue(secondPage.contains("<tr><td><a href=\"#check-missing-person-ethnicity\">missing-person-ethnicity</a></td><td>"
                + "<span class=\"status WARN\">WARN</span></td><td><span class=\"status FAIL\">FAIL</span></td></tr>"), secondPage);
        // and the trend shows both runs, one bar each per figure
        int trend = secondPage.indexOf("<figure id=\"trend\">");
        assertTrue(trend > 0);
        String figure = secondPage.substring(trend, secondPage.indexOf("</figure>", trend));
        assertEquals(4, figure.split(">run " + one + "</text>", -1).length - 1);
        assertEquals(4, figure.split(">run " + two + "</text>", -1).length - 1);
        assertEquals(failsBefore + 1, failsAfter, "the code-map change adds one failing check");
    }

    @Test
    void theCrosswalkShowsB1MovingFromMwbcToNoCode() throws IOException, SQLException {
        ObjectMapper json = new ObjectMapper();
        JsonNode before = ethnicity(json.readTree(reports.resolve("dry-run-" + first.engine().runId()).resolve("reconciliation.json").toFile()));
        JsonNode after = ethnicity(json.readTree(reports.resolve("dry-run-" + second.engine().runId()).resolve("reconciliation.json").toFile()));
        List<String> b1 = Queries.rows(legacy, "sql/history/b1_values.legacy.sql");
        long b1Clients = b1.stream().mapToLong(row -> Long.parseLong(row.split("\\|")[1])).sum();
        // then the exact spelling B1 maps to MWBC in the first run and to no code in the second, with the same legacy rows
        assertEquals("MWBC", value(before, "B1").path("code").asText());
        assertTrue(value(after, "B1").path("code").isNull());
        assertEquals(value(before, "B1").path("rows").asLong(), value(after, "B1").path("rows").asLong());
        // and MWBC lost exactly the migrated B1 clients in the target
        assertEquals(b1Clients, code(before, "MWBC").path("targetRows").asLong() - code(after, "MWBC").path("targetRows").asLong());
        // and the page lists it for the owners, and crosswalk.csv holds the line
        assertTrue(Files.readString(reports.resolve("dry-run-" + second.engine().runId()).resolve("reconciliation.html"))
                .contains("<tr><td>B1</td><td><span class=\"status WARN\">unmapped</span></td><td class=\"num\">"
                        + value(after, "B1").path("rows").asLong() + "</td></tr>"));
        assertTrue(Files.readAllLines(reports.resolve("dry-run-" + first.engine().runId()).resolve("crosswalk.csv"))
                .contains("ethnicity,client,ethnic_cd,ssd_person,pers_ethnicity,B1,MWBC," + value(before, "B1").path("rows").asLong()));
    }

    @Test
    void aColumnMadeFromTwoLegacyColumnsHasItsCrosswalkOfValuePairs() throws IOException, SQLException {
        JsonNode report = new ObjectMapper().readTree(reports.resolve("dry-run-" + second.engine().runId()).resolve("reconciliation.json").toFile());
        // when the closure reason's crosswalk is read (made from close_reason and status by its transform)
        JsonNode closure = crosswalk(report, "cine_close_reason");
        // then it names both legacy columns, and every referral is on one line of value pairs
        assertEquals("close_reason, status", closure.path("legacyColumn").asText());
        assertEquals("referral", closure.path("legacyTable").asText());
        assertEquals(Queries.number(legacy, "sql/history/referrals.legacy.sql"), sum(closure.path("values")));
        // and per code, the legacy rows are the referrals the migration rule gives that code, the target rows what arrived
        List<String> legacyCodes = new ArrayList<>();
        List<String> targetCodes = new ArrayList<>();
        for (JsonNode code : closure.path("codes")) {
            legacyCodes.add(code.path("code").asText() + "|" + code.path("legacyRows").asLong());
            if (code.path("targetRows").asLong() > 0) {
                targetCodes.add(code.path("code").asText() + "|" + code.path("targetRows").asLong());
            }
        }
        assertEquals(Queries.rows(legacy, "sql/history/closure_codes.legacy.sql"), legacyCodes);
        assertEquals(Queries.rows(target, "sql/history/closure_codes.target.sql"), targetCodes);
        assertTrue(legacyCodes.size() > 1, "the dataset must close referrals with several reasons");
        // and the involvement role's crosswalk exists too, every allocation on one line, KEY with any real worker the key worker
        JsonNode role = crosswalk(report, "invo_professional_role_id");
        assertEquals("alloc_type, worker_cd", role.path("legacyColumn").asText());
        assertEquals(Queries.number(legacy, "sql/history/allocations.legacy.sql"), sum(role.path("values")));
        assertTrue(code(role, "ALLOCATED_CW").path("legacyRows").asLong() > 0);
    }

    private static JsonNode ethnicity(JsonNode report) {
        return crosswalk(report, "pers_ethnicity");
    }

    private static JsonNode crosswalk(JsonNode report, String targetColumn) {
        for (JsonNode crosswalk : report.path("crosswalks")) {
            if (crosswalk.path("targetColumn").asText().equals(targetColumn)) {
                return crosswalk;
            }
        }
        throw new AssertionError("no crosswalk of " + targetColumn);
    }

    private static JsonNode value(JsonNode crosswalk, String legacyValue) {
        for (JsonNode value : crosswalk.path("values")) {
            if (value.path("legacyValue").asText().equals(legacyValue)) {
                return value;
            }
        }
        throw new AssertionError("no legacy value " + legacyValue);
    }

    private static JsonNode code(JsonNode crosswalk, String code) {
        for (JsonNode row : crosswalk.path("codes")) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no code " + code);
    }

    private static long fails(JsonNode report) {
        long fails = 0;
        for (JsonNode check : report.path("checks")) {
            fails += "FAIL".equals(check.path("status").asText()) ? 1 : 0;
        }
        return fails;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long sum(JsonNode values) {
        long total = 0;
        for (JsonNode value : values) {
            total += value.path("rows").asLong();
        }
        return total;
    }
}
