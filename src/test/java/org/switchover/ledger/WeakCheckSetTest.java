package org.switchover.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.cutover.FinalLoadResult;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.legacy.LegacySchema;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `reconcile --checks` with fewer checks than configured cannot make a NO_GO run GO when it leaves out the open duty cases
 * or the active CP plans: such a set is partial, never GO. Its report cannot be signed either way (another check set than
 * the configured one), and a final load with such a directory is refused.
 */
@ExtendWith(TestDatabases.class)
class WeakCheckSetTest {
    private static final String ROLE = "Head of Service, Child Protection";

    @Test
    void aOneCheckDirectoryIsPartialNeverGoAndItsReportCannotBeSigned(TestDatabases.LegacyDb legacyDb,
                                                                              TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given a dry run that is NO_GO with the configured checks (headline records that cannot migrate, undecided)
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.01).seed(7).build());
        Path full = dir.resolve("full");
        DryRunResult dryRun = Switchover.configure().legacy(legacy).target(target).reportDir(full).quiet(true)
                .goLive(LocalDate.now().plusDays(30)).build().dryRun();
        assertFalse(dryRun.reconciliation().go(), "the generated data is NO_GO until its owners decide");
        // when the run is reconciled again with a directory holding one check
        Path oneCheck = oneCheckDirectory(dir.resolve("one-check"));
        Path weak = dir.resolve("weak");
        ReconciliationResult weakResult = Switchover.configure().legacy(legacy).target(target).reportDir(weak).checks(oneCheck)
                .goLive(LocalDate.now().plusDays(30)).build().reconcile();
        // then no check of it fails, yet it is NO_GO, partial for the two headlines it does not check, with another check set hash
        assertEquals(List.of(), weakResult.failingCheckIds());
        assertFalse(weakResult.go());
        assertEquals("PARTIAL: no check of this set feeds the open duty cases or the active CP plans headline (headline: openDutyCases, "
                + "headline: activeCpPlans), so the report cannot show that every one of them arrived; a reconciliation without it is "
                + "never GO and never signable.", weakResult.partial());
        assertNotEquals(dryRun.reconciliation().checkSetHash(), weakResult.checkSetHash());
        // and its report cannot be signed: refused, naming the other check set, and nothing is recorded
        Switchover signing = Switchover.configure().target(target).reportDir(weak).build();
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> signing.signOff("Alex Smith", ROLE));
        assertTrue(refused.getMessage().contains("reconciliation " + weakResult.reconciliationId() + " ran another check set than the "
                + "configured one (hash " + weakResult.checkSetHash().substring(0, 12) + "… ≠ "
                + dryRun.reconciliation().checkSetHash().substring(0, 12) + "…)"), refused.getMessage());
        // and status marks the run's latest reconciliation as made with another check set
        String runLine = signing.status().lines().stream().filter(l -> l.startsWith("run " + dryRun.engine().runId() + " ")).findFirst()
                .orElseThrow();
        assertTrue(runLine.contains("verdict NO_GO (reconciliation " + weakResult.reconciliationId() + ") made with ANOTHER CHECK SET "
                + "than the configured one (cannot be signed)"), runLine);
        assertEquals(0, signing.status().lines().stream().filter(l -> l.contains("sign-off by")).count());
        // and a final load given the one-check directory is refused for it, before loading anything
        FinalLoadResult finalLoad = Switchover.configure().legacy(legacy).target(target).checks(oneCheck).reportDir(dir.resolve("final"))
                .quiet(true).goLive(LocalDate.now().plusDays(30)).build().finalLoad();
        assertEquals(FinalLoadResult.Outcome.REFUSED, finalLoad.outcome());
        assertTrue(finalLoad.unmet().stream().anyMatch(u -> u.startsWith("--checks " + oneCheck + " lacks or changes ")
                && u.endsWith("the final load reconciles with at least the configured checks")), finalLoad.unmet().toString());
    }

    /** DIR holding legacy-volume.yml and the checks' SQL: a check that passes on the generated data, and no headline. */
    private static Path oneCheckDirectory(Path dir) throws Exception {
        Path source = Path.of("reconciliation");
        Files.createDirectories(dir);
        Files.copy(source.resolve("legacy-volume.yml"), dir.resolve("legacy-volume.yml"));
        try (Stream<Path> files = Files.walk(source.resolve("sql"))) {
            for (Path file : files.toList()) {
                Path copy = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return dir;
    }
}
