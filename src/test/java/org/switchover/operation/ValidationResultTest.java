package org.switchover.operation;

import org.junit.jupiter.api.Test;
import org.switchover.config.ConfigProblem;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidationResultTest {
    @Test
    void theSummaryCountsEachProblemWhereItsFileLies() {
        // given problems in the mappings, in the reconciliation and in a file outside both
        Path project = Path.of("/srv/council");
        Path mappings = project.resolve("mappings");
        Path checks = project.resolve("reconciliation");
        List<ConfigProblem> problems = List.of(
                new ConfigProblem(mappings.resolve("referral.yml"), 4, "unknown transform"),
                ConfigProblem.ofFile(checks.resolve("open-referrals.yml"), "fragment missing"),
                ConfigProblem.ofFile(checks.resolve("sql/headline/x.legacy.sql"), "shared set opened twice"),
                ConfigProblem.ofFile(project.resolve("legacy-schema.sql"), "live legacy schema: no column"));
        // when they are summed up
        String summary = new ValidationResult(mappings, checks, problems, 0, 0, List.of(), null).summary();
        // then each is counted in its own place, in the order first met
        assertEquals("4 problem(s): 1 in /srv/council/mappings, 2 in /srv/council/reconciliation, "
                + "1 in /srv/council/legacy-schema.sql", summary);
    }
}
