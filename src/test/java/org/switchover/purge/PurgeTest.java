package org.switchover.purge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.dryrun.DryRunResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.ledger.EventLog;
import org.switchover.legacy.LegacySchema;
import org.switchover.operation.StatusResult;
import org.switchover.testing.Queries;
import org.switchover.testing.TargetCopies;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Purging the personal data the reject and lossy stores keep: no raw value remains, every key, reason and count does. */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurgeTest {
    private ConnectionSpec dryRunTarget;
    private long runId;
    private ConnectionSpec target;

    @BeforeAll
    void givenADryRunOfGeneratedData(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) {
        dryRunTarget = targetDb.spec();
        LegacySchema.create(legacyDb.spec());
        new LegacyGenerator().generate(legacyDb.spec(), GeneratorSettings.builder().scale(0.01).seed(7).build());
        DryRunResult dryRun = Switchover.configure().legacy(legacyDb.spec()).target(dryRunTarget).reportDir(dir.resolve("report")).quiet(true)
                .goLive(LocalDate.now().plusDays(30)).build().dryRun();
        runId = dryRun.engine().runId();
    }

    @BeforeEach
    void givenACopyOfTheTarget() throws Exception {
        target = TargetCopies.copyOf(dryRunTarget);
    }

    @AfterEach
    void dropTheCopy() throws Exception {
        TargetCopies.drop(target);
    }

    @Test
    void aPurgeLeavesNoRawValueButEveryKeyReasonAndCountAndIsInTheLedger() throws Exception {
        // given the dry run's rejects keep a child's surname and date of birth, and its lossy conversions a case-note body
        String[] known = Queries.rows(target, "sql/purge/known_values.sql").get(0).split("\\|");
        String surname = known[0];
        String dob = known[1];
        String note = known[2];
        for (String value : known) {
            assertFalse(value.equals("null"), "the stores hold the raw values to purge: " + List.of(known));
            assertTrue(Queries.number(target, "sql/purge/rows_holding.sql", value, value, value) > 0, value);
        }
        List<String> kept = Queries.rows(target, "sql/purge/kept_facts.sql");
        Switchover switchover = Switchover.configure().target(target).build();
        // when the runs before the next one are purged
        Purge.Result result = switchover.purge(runId + 1, false);
        // then no row holds the surname, the date of birth or the note, and every key, reason and column name is as it was
        for (String value : List.of(surname, dob, note)) {
            assertEquals(0, Queries.number(target, "sql/purge/rows_holding.sql", value, value, value), value);
        }
        assertEquals(kept, Queries.rows(target, "sql/purge/kept_facts.sql"));
        assertTrue(result.rejects() > 0 && result.lossyConversions() > 0, result.toString());
        // and the purge is an event in the ledger, which still holds
        List<EventLog.Event> events = switchover.events();
        assertTrue(events.stream().anyMatch(e -> e.command().equals("purge") && e.action().equals("purged") && e.detail().equals(
                "raw values of " + result.rejects() + " rejects and " + result.lossyConversions() + " lossy conversions of runs before run "
                        + (runId + 1))), events.toString());
        assertTrue(switchover.status().ledgerIntact());
        // and purging again finds nothing left
        assertEquals(new Purge.Result(0, 0, runId + 1), switchover.purge(runId + 1, false));
    }

    @Test
    void statusWarnsWhenAProductionTargetKeepsRawValuesLongerThanTheRetentionAndAfterCutoverPurgesThem() throws Exception {
        // given the dry run, and --after-cutover refused while the target is not production
        Switchover switchover = Switchover.configure().target(target).build();
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> switchover.purge(null, true));
        assertTrue(refused.getMessage().startsWith("purge --after-cutover: the target is not production yet"), refused.getMessage());
        assertTrue(switchover.status().lines().stream().noneMatch(l -> l.startsWith("WARNING")));
        // when the target has been production for 40 days (its runs started then) with the default retention of 30 days
        Queries.update(target, "sql/purge/age_and_mark_production.sql", runId);
        // then status warns and names the purge
        StatusResult status = switchover.status();
        assertTrue(status.lines().get(1).startsWith("WARNING: this production target still holds raw personal values (rejected rows, "
                + "lossy conversions) of runs started more than retentionDays 30 days ago"), status.lines().get(1));
        // and after purge --after-cutover it does not
        switchover.purge(null, true);
        assertTrue(switchover.status().lines().stream().noneMatch(l -> l.startsWith("WARNING")));
    }
}
