package org.switchover.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
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
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wrong-code case no NULL check can see: ethnicity B1 (White and Black Caribbean, MWBC) re-pointed to MWBA between two
 * dry runs. Every check gives what it gave before; the diff's crosswalk lines show exactly the B1 spellings re-pointed and
 * MWBA and MWBC with their legacy and target rows moved, each figure counted in legacy and target by SQL.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrosswalkDiffTest {
    private static final String PLACE = "ethnicity: client.ethnic_cd -> ssd_person.pers_ethnicity";
    private static final String[] MWBC = {"MWBC", "B1", "White and Black Caribbean"};
    private static final String[] MWBC_WITHOUT_B1 = {"MWBC", "White and Black Caribbean", "White and Black Caribbean"};
    private static final String[] MWBA = {"MWBA", "B2", "White and Black African"};

    private ConnectionSpec legacy;
    private ConnectionSpec target;
    private Path reports;
    private DryRunResult first;
    private DryRunResult second;
    private final long[] mwbaTarget = new long[2];
    private final long[] mwbcTarget = new long[2];
    private final long[] nullEthnicity = new long[2];

    @BeforeAll
    void givenTwoDryRunsWithB1RepointedFromMwbcToMwba(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir)
            throws IOException, SQLException {
        legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.005).seed(7L).groundTruthFile(dir.resolve("truth.json")).build());
        reports = dir.resolve("reports");
        Path mappings = MappingCopies.copyInto(dir);
        first = switchover(mappings).dryRun();
        measure(0);
        MappingCopies.edit(mappings, "codes/ethnicity.yml", "{ from: [MWBC, B1, \"White and Black Caribbean\"], to: MWBC }",
                "{ from: [MWBC, \"White and Black Caribbean\"], to: MWBC }");
        MappingCopies.edit(mappings, "codes/ethnicity.yml", "{ from: [MWBA, B2, \"White and Black African\"], to: MWBA }",
                "{ from: [MWBA, B2, B1, \"White and Black African\"], to: MWBA }");
        second = switchover(mappings).dryRun();
        measure(1);
        assertTrue(first.succeeded() && second.succeeded());
    }

    private void measure(int run) throws SQLException {
        mwbaTarget[run] = Queries.number(target, "sql/history/ethnicity_code.target.sql", "MWBA");
        mwbcTarget[run] = Queries.number(target, "sql/history/ethnicity_code.target.sql", "MWBC");
        nullEthnicity[run] = Queries.number(target, "sql/history/null_ethnicity.target.sql");
    }

    private Switchover switchover(Path mappings) {
        return Switchover.configure().legacy(legacy).target(target).mappings(mappings).reportDir(reports.resolve("dry-run"))
                .goLive(LocalDate.of(2019, 2, 1)).quiet(true).build();
    }

    @Test
    void everyCheckGivesWhatItGaveButTheDiffShowsTheRepointedValuesAndBothCodesRows() throws SQLException, IOException {
        // given the B1 spellings in legacy and the legacy rows each rule gives its code, before and after
        List<String> b1 = Queries.rows(legacy, "sql/history/b1_spellings.legacy.sql");
        long b1Rows = b1.stream().mapToLong(row -> Long.parseLong(row.split("\\|")[1])).sum();
        assertTrue(b1Rows > 0, "the dataset must hold clients with B1");
        long mwbaBefore = Queries.number(legacy, "sql/history/ethnicity_spellings.legacy.sql", (Object[]) MWBA);
        long mwbcBefore = Queries.number(legacy, "sql/history/ethnicity_spellings.legacy.sql", (Object[]) MWBC);
        long mwbcAfter = Queries.number(legacy, "sql/history/ethnicity_spellings.legacy.sql", (Object[]) MWBC_WITHOUT_B1);
        // when the two runs are compared
        long one = first.engine().runId();
        long two = second.engine().runId();
        DiffOperation.DiffResult result = Switchover.configure().target(target).reportDir(reports.resolve("dry-run")).build().diff(one, two);
        List<String> lines = result.diff().lines();
        System.out.println(String.join("\n", lines)); // the figures, for the closing note
        // then no check changed (no value became NULL: every NULL check passes as before), no count, no unmapped value
        assertEquals(List.of("dry-run run " + one + " -> dry-run run " + two + " (the mapping set changed)", "verdict: "
                + first.reconciliation().verdict() + " (unchanged)", "tables changed: 0", "checks changed: 0",
                "unmapped values: 0 new, 0 gone"), lines.subList(0, 5), String.join("\n", lines));
        assertEquals(nullEthnicity[0], nullEthnicity[1]);
        // and the crosswalk lines are exactly each B1 spelling re-pointed, then MWBA and MWBC with their rows moved
        List<String> expected = new ArrayList<>();
        expected.add("crosswalks: " + b1.size() + " values re-pointed or changed, 2 codes changed");
        b1.forEach(row -> expected.add("  " + PLACE + " '" + row.split("\\|")[0] + "': MWBC -> MWBA, " + row.split("\\|")[1] + " rows"));
        expected.add("  " + PLACE + " MWBA: legacy " + mwbaBefore + " -> " + (mwbaBefore + b1Rows) + ", target " + mwbaTarget[0] + " -> " + mwbaTarget[1]);
        expected.add("  " + PLACE + " MWBC: legacy " + mwbcBefore + " -> " + mwbcAfter + ", target " + mwbcTarget[0] + " -> " + mwbcTarget[1]);
        assertEquals(expected, lines.subList(5, 5 + expected.size()), String.join("\n", lines));
        // and the target moved as many children from MWBC to MWBA as legacy did (rows of migrated clients only)
        assertEquals(mwbaTarget[1] - mwbaTarget[0], mwbcTarget[0] - mwbcTarget[1]);
        assertTrue(mwbaTarget[1] > mwbaTarget[0]);
        assertEquals(mwbcBefore - b1Rows, mwbcAfter);
        // and the second run's page lists each re-pointed spelling in its "since the last run" section
        String page = java.nio.file.Files.readString(reports.resolve("dry-run-" + two).resolve("reconciliation.html"));
        StringBuilder list = new StringBuilder("<ul id=\"crosswalk-changes\">\n");
        b1.forEach(row -> list.append("<li>ethnicity: client.ethnic_cd → ssd_person.pers_ethnicity '").append(row.split("\\|")[0])
                .append("': MWBC → MWBA (").append(row.split("\\|")[1]).append(" legacy rows)</li>\n"));
        assertTrue(page.contains(list.append("</ul>")), page);
        // and diff.json holds the same lines
        JsonNode diff = new ObjectMapper().readTree(result.file().toFile());
        assertEquals(b1.size(), diff.path("crosswalks").path("values").size());
        assertEquals(expected.get(expected.size() - 1).strip(), diff.path("crosswalks").path("codes").get(1).asText());
    }
}
