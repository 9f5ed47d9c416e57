package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ToolkitVersion;
import org.switchover.db.ConnectionSpec;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;
import org.switchover.legacy.LegacySchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command that connects to a target records one event: what, with which options, by whom, where, with which toolkit. */
@ExtendWith(TestDatabases.class)
class AuditTrailTest {
    @Test
    void eachCommandRecordsOneEventWithWhoWhereAndHow(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb,
                                                      @TempDir Path dir) {
        // given generated legacy data
        ConnectionSpec legacy = legacyDb.spec();
        ConnectionSpec target = targetDb.spec();
        LegacySchema.create(legacy);
        new LegacyGenerator().generate(legacy, GeneratorSettings.builder().scale(0.01).seed(7).build());
        String legacyUrl = "--legacy-url=" + legacy.url();
        String legacyUser = "--legacy-user=" + legacy.user();
        String targetUrl = "--target-url=" + target.url();
        String targetUser = "--target-user=" + target.user();
        String report = "--report-dir=" + dir.resolve("dry-run");
        String goLive = "--go-live=" + LocalDate.now().plusDays(30);
        // when each command runs once on the command line (reconcile and final-load end NO_GO and are recorded as having
        // run; the sign-off of a NO_GO report is refused and recorded as refused)
        List<String[]> commands = List.of(
                new String[] {"dry-run", legacyUrl, legacyUser, targetUrl, targetUser, report, goLive, "--quiet"},
                new String[] {"reconcile", legacyUrl, legacyUser, targetUrl, targetUser, report, goLive},
                new String[] {"exception", targetUrl, targetUser, "--list"},
                new String[] {"sign-off", targetUrl, targetUser, report, "--owner=Alex Smith", "--role=Head of Service, Child Protection"},
                new String[] {"status", targetUrl, targetUser},
                new String[] {"ledger", targetUrl, targetUser, "--export=" + dir.resolve("ledger.tsv")},
                new String[] {"freeze", legacyUrl, legacyUser, targetUrl, targetUser},
                new String[] {"plan", targetUrl, targetUser},
                new String[] {"final-load", legacyUrl, legacyUser, targetUrl, targetUser, "--report-dir=" + dir.resolve("final"), goLive},
                new String[] {"delta", legacyUrl, legacyUser, targetUrl, targetUser, "--since=1", "--report-dir=" + dir.resolve("delta")});
        List<String> exits = new ArrayList<>();
        for (String[] command : commands) {
            exits.add(command[0] + " " + InProcessCli.run(command).exitCode());
        }
        // then the trail holds one event per command, in order, after the cutover commands' own step events
        List<EventLog.Event> events = Switchover.configure().target(target).build().events();
        List<EventLog.Event> audit = events.stream().filter(e -> e.options() != null && !e.options().isEmpty()).toList();
        assertEquals(commands.stream().map(c -> c[0]).toList(), audit.stream().map(EventLog.Event::command).toList(), exits.toString());
        // a final load its gate refused is recorded as refused, never as ok
        assertEquals(List.of("ok", "ok", "ok", "refused", "ok", "ok", "ok", "ok", "refused", "ok"),
                audit.stream().map(EventLog.Event::action).toList(), exits.toString());
        // and the runs say which verdict they reached, against the run they made
        EventLog.Event dryRunEvent = audit.get(0);
        assertTrue(dryRunEvent.detail().startsWith("verdict NO_GO (reconciliation "), dryRunEvent.detail());
        assertEquals(1L, dryRunEvent.runId());
        assertTrue(audit.get(1).detail().startsWith("verdict NO_GO (reconciliation "), audit.get(1).detail());
        assertEquals("2 condition(s) unmet, first: the latest dry run with the current mapping set, run 1, has verdict NO_GO, not GO",
                audit.get(8).detail());
        for (EventLog.Event event : audit) {
            // who ran it and where: the OS user, the target's user as the server knows it and the legacy user, the host, the toolkit
            assertEquals(Invocation.osUser(), event.osUser());
            assertTrue(event.dbUsers().startsWith("target " + target.user()), event.dbUsers());
            assertEquals(Invocation.host(), event.host());
            assertEquals(ToolkitVersion.current(), event.toolkitVersion());
            // the options as given, never a password
            assertTrue(event.options().contains("--target-url=jdbc:postgresql://"), event.options());
            assertFalse(event.options().toLowerCase().contains("password"), event.options());
        }
        EventLog.Event dryRun = audit.get(0);
        assertEquals("target " + target.user() + ", legacy " + legacy.user(), dryRun.dbUsers());
        assertTrue(dryRun.options().contains("--quiet") && dryRun.options().contains(goLive), dryRun.options());
        // and status --events lists them
        InProcessCli.Run listed = InProcessCli.run("status", targetUrl, targetUser, "--events");
        assertEquals(0, listed.exitCode(), listed.err());
    }
}
