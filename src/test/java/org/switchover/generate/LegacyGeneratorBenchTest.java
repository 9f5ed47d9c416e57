package org.switchover.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Timed generation at a chosen scale; runs only with -Dswitchover.bench.scale=N (e.g. 1). */
@ExtendWith(TestDatabases.class)
class LegacyGeneratorBenchTest {
    static final String SCALE_PROPERTY = "switchover.bench.scale";
    /** The brief's budget for scale 1 against a local server. */
    static final double SECONDS_PER_SCALE_UNIT = 120;

    @Test
    void generatesTheRequestedScaleWithinBudget(TestDatabases.LegacyDb legacy) {
        String scale = System.getProperty(SCALE_PROPERTY);
        assumeTrue(scale != null, "set -D" + SCALE_PROPERTY + " to run the benchmark");
        double value = Double.parseDouble(scale);
        LegacySchema.create(legacy.spec());
        GenerationResult result = new LegacyGenerator().generate(legacy.spec(),
                GeneratorSettings.builder().scale(value).build());
        GroundTruth truth = result.groundTruth();
        System.out.printf("[bench] scale %s: %,d rows in %.1f s (%s); persons %d, open duty cases %d, active CP plans %d,"
                        + " children with several active plans %d%n", scale, result.totalRows(), result.seconds(),
                result.rowsPerTable(), truth.persons(), truth.openDutyCases().size(), truth.allActiveCpPlans().size(),
                truth.childrenWithMultipleActivePlans().size());
        assertEquals(result.totalRows(), result.groundTruth().rowsGenerated().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(result.seconds() < SECONDS_PER_SCALE_UNIT * Math.max(1, value), result.seconds() + " s");
    }
}
