package org.switchover.dryrun;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.reconcile.CheckOutcome;
import org.switchover.run.MappingCounts;
import org.switchover.testing.TargetSnapshot;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the large tables as key ranges side by side changes how fast, never what: a dry run that splits every table
 * above a small threshold into three ranges leaves the target, the counts, the rejects, lossy conversions and exclusions
 * (by legacy key) and the reconciliation exactly as a run that reads every table as one stream.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRangeDryRunTest {
    private static final double SCALE = 0.02;
    private static final long SEED = 515L;
    /** At this scale case notes have about 10,000 rows and contacts about 3,000: both are split, small tables are not. */
    private static final long SPLIT_ROWS = 2_000;
    private static final int RANGES = 3;

    private ConnectionSpec target;
    private Snapshot oneStream;
    private Snapshot ranges;

    /** What a finished run left: per csc table rows and hash, counts, records by legacy key, checks, and its key ranges. */
    private record Snapshot(DryRunResult result, Map<String, String> checksums, List<String> counts, List<String> recordKeys,
                            List<String> checks, Map<String, Long> keyRanges) {
    }

    @BeforeAll
    void givenOneLegacyMigratedAsOneStreamThenInKeyRanges(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                          @TempDir Path dir) throws Exception {
        ConnectionSpec legacy = legacyDb.spec();
        target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(SCALE).seed(SEED).build());
        oneStream = run(Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("one")).quiet(true)
                .keyRanges(1).build());
        ranges = run(Switchover.configure().legacy(legacy).target(target).reportDir(dir.resolve("ranges")).quiet(true)
                .splitRows(SPLIT_ROWS).keyRanges(RANGES).build());
    }

    @Test
    void theLargeTablesAreReadInTheirRangesAndNothingElseIs() {
        // then the run with splitting recorded three ranges for the tables above the threshold only
        assertTrue(ranges.result().succeeded(), () -> "run failed: " + ranges.result().engine().failure());
        assertEquals(Map.of(), oneStream.keyRanges());
        assertEquals((long) RANGES, ranges.keyRanges().get("ssd_case_notes"), ranges.keyRanges().toString());
        assertEquals((long) RANGES, ranges.keyRanges().get("ssd_contacts"), ranges.keyRanges().toString());
        assertFalse(ranges.keyRanges().containsKey("ssd_department"), ranges.keyRanges().toString());
    }

    @Test
    void theTargetAndEveryRecordAreThoseOfOneStream() {
        // then every csc table holds the same rows (count and content hash), and every mapping balances with the same counts
        assertEquals(17, oneStream.checksums().size(), oneStream.checksums().toString());
        assertEquals(oneStream.checksums(), ranges.checksums());
        assertEquals(oneStream.counts(), ranges.counts());
        for (MappingCounts counts : ranges.result().engine().mappings()) {
            assertEquals(counts.read(), counts.loaded() + counts.excluded() + counts.rejected(), counts.mappingId() + " does not balance");
        }
        // and the rejects, lossy conversions and exclusions name the same legacy keys for the same reasons
        assertFalse(oneStream.recordKeys().isEmpty());
        assertEquals(oneStream.recordKeys(), ranges.recordKeys());
        // and the reconciliation finds the same, check by check
        assertEquals(oneStream.checks(), ranges.checks());
    }

    private Snapshot run(Switchover switchover) throws SQLException {
        DryRunResult result = switchover.dryRun();
        long runId = result.engine().runId();
        List<String> checks = new ArrayList<>();
        for (CheckOutcome outcome : result.reconciliation().outcomes()) {
            checks.add(outcome.check().id() + " " + outcome.status() + " " + outcome.legacy() + "/" + outcome.target() + " "
                    + outcome.onlyInLegacy() + outcome.onlyInTarget() + outcome.differing());
        }
        return new Snapshot(result, TargetSnapshot.checksums(target), TargetSnapshot.runCounts(target, runId),
                lines("sql/dryrun/run_record_keys.sql", runId, 3), checks, keyRanges(runId));
    }

    private List<String> lines(String resource, long runId, int parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load(resource).text())) {
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, runId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }

    private Map<String, Long> keyRanges(long runId) throws SQLException {
        Map<String, Long> ranges = new TreeMap<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/dryrun/key_ranges.sql").text())) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ranges.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ranges;
    }
}
