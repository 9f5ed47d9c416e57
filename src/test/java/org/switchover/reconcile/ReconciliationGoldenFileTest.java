package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * reconciliation.json for a small fixed dataset (generator seed 29 at scale 0.008, as-of 2019-01-31, go-live
 * 2019-02-01) must equal the committed src/test/resources/golden/reconciliation.json, with the run id and the
 * per-check seconds taken out. Today is a fixed clock, 2019-01-21, so daysToGoLive is 11 and reconciledAt fixed. After a deliberate change, regenerate it with -Dswitchover.golden.update=true
 * and review the diff.
 * <p>The dataset is the smallest found (scales 0.005 to 0.01, seeds 1 to 40) whose active CP plans carry every
 * latest category, each of the one-letter legacy codes N, P, S, E and M among them, so a wrong category map
 * changes the report; the test checks that it still does. It also holds two open referrals and two active plans whose
 * client has no survivor (client_no -1, and two clients whose merge chains are broken): the report lists them as not
 * migrated, and is NO_GO for them alone.
 */
@ExtendWith(TestDatabases.class)
class ReconciliationGoldenFileTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "reconciliation.json");
    private static final double SCALE = 0.008;
    private static final long SEED = 29L;
    /** Today for the report: days to go-live count from it (2019-01-21 + 11 = 2019-02-01), not from the extract date. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2019-01-21T09:30:00Z"), ZoneOffset.UTC);
    private static final List<String> CATEGORIES = List.of("NEG", "PHY", "SAB", "EMO", "MUL");

    @Test
    void theReportOfAFixedDatasetEqualsTheCommittedOne(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target,
                                                        @TempDir Path dir) throws IOException {
        // given: a fixed generated dataset, migrated by a dry run
        LegacySchema.create(legacy.spec());
        new LegacyGenerator().generate(legacy.spec(), GeneratorSettings.builder().scale(SCALE).seed(SEED)
                .groundTruthFile(dir.resolve("truth.json")).build());
        // when: the dry run reconciles it at its end
        DryRunResult result = Switchover.configure().legacy(legacy.spec()).target(target.spec()).reportDir(dir.resolve("report"))
                .asOf(LocalDate.of(2019, 1, 31)).goLive(LocalDate.of(2019, 2, 1)).clock(TODAY).quiet(true).build().dryRun();
        assertTrue(result.succeeded(), () -> "dry run failed: " + result.engine().failure());
        assertEquals(legacy.spec().identity(), json(dir).path("legacyDatabase").asText());
        assertEquals(target.spec().identity(), json(dir).path("targetDatabase").asText());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode actual = normalised(json.readTree(dir.resolve("report").resolve("reconciliation.json").toFile()));
        for (String category : CATEGORIES) {
            JsonNode plans = actual.path("activeCpPlans").path("byLatestCategory").path(category);
            assertTrue(plans.path("legacy").asLong() > 0 && plans.path("target").asLong() > 0,
                    "the golden dataset must have active plans of latest category " + category + ": " + plans);
        }
        if (Boolean.getBoolean("switchover.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            json.writeValue(GOLDEN.toFile(), actual);
        }
        // then: it is the committed report, figure for figure
        JsonNode expected = json.readTree(GOLDEN.toFile());
        Path written = Path.of("target", "golden-actual-reconciliation.json");
        json.writeValue(written.toFile(), actual);
        assertEquals(json.writeValueAsString(expected), json.writeValueAsString(actual),
                "reconciliation.json differs from " + GOLDEN + "; the actual one is in " + written);
    }

    private static JsonNode json(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("report").resolve("reconciliation.json").toFile());
    }

    /**
     * Without what changes from run to run: the run and reconciliation ids, the seconds each check took, the databases
     * (each test names its own; asserted above) and the check-set and mapping-set hashes (they change with any edit of a
     * check or mapping file, comments included, and are tested where they are computed).
     */
    private static JsonNode normalised(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove(List.of("runId", "reconciliationId", "checkSetHash", "mappingSetHash", "legacyDatabase", "targetDatabase"));
        copy.path("checks").forEach(check -> ((ObjectNode) check).remove("seconds"));
        return copy;
    }
}
