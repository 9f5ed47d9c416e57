package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.MappingCopies;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project whose own check set leaves out the active CP plans cannot be GO: the set it is configured with is the set it
 * signs, so removing the check from the project (not only passing a smaller --checks) must not turn the verdict GO.
 */
@ExtendWith(TestDatabases.class)
class HeadlineRequiredTest {
    private static final String ROLE = "Head of Service, Child Protection";

    @Test
    void aProjectWithoutTheActivePlansCheckIsPartialAndCannotBeSigned(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                                      @TempDir Path dir) throws Exception {
        // given data that is GO with the shipped checks, and a project whose checks are the shipped ones but active-cp-plans
        LegacySchema.create(legacyDb.spec());
        new LegacyGenerator().generate(legacyDb.spec(), GeneratorSettings.builder().scale(0.005).seed(5L)
                .groundTruthFile(dir.resolve("truth.json")).build());
        Path checks = MappingCopies.copy(SwitchoverSettings.DEFAULT_CHECKS, dir.resolve("checks"));
        Files.delete(checks.resolve("active-cp-plans.yml"));
        Path config = Files.writeString(dir.resolve("switchover.yml"), "checks: " + checks.toAbsolutePath() + "\n");
        Path report = dir.resolve("report");
        Switchover project = Switchover.configure().legacy(legacyDb.spec()).target(targetDb.spec()).configFile(config).reportDir(report)
                .asOf(LocalDate.of(2019, 1, 31)).goLive(LocalDate.now().plusDays(30)).quiet(true).build();
        // when it is dry run
        DryRunResult run = project.dryRun();
        // then no check fails, and the verdict is NO_GO, partial for the active CP plans alone
        assertTrue(run.succeeded(), () -> "dry run failed: " + run.engine().failure());
        assertEquals(List.of(), run.reconciliation().failingCheckIds());
        assertFalse(run.reconciliation().go());
        assertEquals("PARTIAL: no check of this set feeds the active CP plans headline (headline: activeCpPlans), so the report cannot "
                + "show that every one of them arrived; a reconciliation without it is never GO and never signable.", run.reconciliation().partial());
        String html = Files.readString(report.resolve("reconciliation.html"));
        assertTrue(html.contains("NEVER SIGNABLE. PARTIAL: no check of this set feeds the active CP plans headline"), "banner missing");
        // and its report cannot be signed with that same configuration, which names that check set
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> Switchover.configure().target(targetDb.spec())
                .configFile(config).reportDir(report).build().signOff("Alex Smith", ROLE));
        assertTrue(refused.getMessage().contains(" is NO_GO: only a GO report can be signed off"), refused.getMessage());
        assertFalse(refused.getMessage().contains("another check set"), refused.getMessage());
    }
}
