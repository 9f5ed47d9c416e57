package org.switchover.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.db.ConnectionSpec;
import org.switchover.operation.StatusResult;
import org.switchover.signoff.ReconciliationReport;
import org.switchover.testing.GeneratedLoad;
import org.switchover.testing.Queries;
import org.switchover.testing.TargetCopies;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * History that someone rewrote in the database by hand: a forged sign-off, an edited report hash, a rewrite after which
 * the chain was recomputed. Each test rewrites its own copy of one signed GO dry run's target.
 */
@ExtendWith(TestDatabases.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperEvidenceTest {
    private static final String HEAD_OF_SERVICE = "Head of Service, Child Protection";
    private static final String DPO = "Data Protection Officer";

    private ConnectionSpec signedTarget;
    private Path dryRunReport;
    private ConnectionSpec target;

    @BeforeAll
    void givenASignedGoDryRun(TestDatabases.LegacyDb legacyDb, TestDatabases.TargetDb targetDb, @TempDir Path dir) {
        signedTarget = targetDb.spec();
        dryRunReport = dir.resolve("dry-run");
        GeneratedLoad.dryRun(legacyDb.spec(), signedTarget, 0.01, 7, dryRunReport, LocalDate.now().plusDays(30));
        Switchover.configure().target(signedTarget).reportDir(dryRunReport).build().signOff("Alex Smith", HEAD_OF_SERVICE);
    }

    @BeforeEach
    void givenACopyOfTheSignedTarget() throws Exception {
        target = TargetCopies.copyOf(signedTarget);
    }

    @AfterEach
    void dropTheCopy() throws Exception {
        TargetCopies.drop(target);
    }

    @Test
    void aForgedSignOffInsertedByHandIsNamedAsTheFirstBrokenRowAndIsNotValid() throws Exception {
        // given a ledger that holds
        assertTrue(status().ledgerIntact(), status().lines().toString());
        // when someone with INSERT on migration.sign_off adds a Data Protection Officer's sign-off of the same report
        Queries.update(target, "sql/ledger/forge_sign_off.sql", signOffId("Alex Smith"));
        long forged = signOffId("Dee Forger");
        // then status names the forged row first, the ledger no longer holds, and the forged sign-off is not valid
        StatusResult status = status();
        assertFalse(status.ledgerIntact());
        assertEquals("ledger: BROKEN at sign_off " + forged + ": not in the ledger (written outside the toolkit)", status.lines().get(0));
        assertTrue(line(status, "Dee Forger").startsWith("    sign-off by Dee Forger (" + DPO + ") LAPSED: sign-off " + forged
                + " is not in the ledger as it is now: it was written or changed outside the toolkit"), line(status, "Dee Forger"));
        // and the real sign-off still holds
        assertTrue(line(status, "Alex Smith").startsWith("    sign-off by Alex Smith (" + HEAD_OF_SERVICE + ") VALID"), line(status, "Alex Smith"));
    }

    @Test
    void aReportHashEditedToMatchAnEditedReportIsDetectedTwice(@TempDir Path dir) throws Exception {
        // given a report edited after signing, and a superuser who points the sign-off at its new hash (triggers off)
        Path edited = Files.createDirectories(dir.resolve("edited")).resolve(ReconciliationReport.FILE_NAME);
        Files.writeString(edited, Files.readString(dryRunReport.resolve(ReconciliationReport.FILE_NAME)).replace("\"GO\"", "\"GO\" "));
        String editedHash = ReconciliationReport.sha256Of(edited);
        long id = signOffId("Alex Smith");
        Queries.update(target, "sql/ledger/rewrite_report_hash.sql", edited.toString(), editedHash, id);
        // when status checks the ledger
        StatusResult status = status();
        // then the rewritten row is named, with its entry
        assertFalse(status.ledgerIntact());
        assertTrue(status.lines().get(0).matches("ledger: BROKEN at sign_off " + id + " \\(ledger entry \\d+ \\(sign_off " + id
                + "\\)\\): the row was changed after it was recorded"), status.lines().get(0));
        assertTrue(line(status, "Alex Smith").contains("LAPSED: sign-off " + id + " is not in the ledger as it is now"), line(status, "Alex Smith"));
        // when the superuser also recomputes the whole chain
        TargetCopies.runScript(target, "sql/ledger/recompute_chain.sql");
        status = status();
        // then the chain holds again, but the sign-off's hash is not the one its reconciliation recorded: still not valid
        assertTrue(status.ledgerIntact(), status.lines().get(0));
        assertTrue(line(status, "Alex Smith").contains("LAPSED: its report hash " + editedHash.substring(0, 12) + "… is not the one "
                + "reconciliation "), line(status, "Alex Smith"));
    }

    @Test
    void aRewriteWithTheChainRecomputedIsShownByTheExportedCopy(@TempDir Path dir) throws Exception {
        // given a copy of the ledger exported before, owner-only
        Path copy = dir.resolve("kept/ledger.tsv");
        int entries = Switchover.configure().target(target).build().exportLedger(copy);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals(entries + 1, Files.readAllLines(copy).size(), "a header and one line per entry");
        // when a superuser rewrites who signed and recomputes the chain the way the toolkit makes it
        long id = signOffId("Alex Smith");
        Queries.update(target, "sql/ledger/rewrite_owner.sql", "Mallory Rewrite", id);
        TargetCopies.runScript(target, "sql/ledger/recompute_chain.sql");
        // then the database alone looks sound: the chain holds and the rewritten sign-off is valid
        StatusResult alone = status();
        assertTrue(alone.ledgerIntact(), alone.lines().get(0));
        assertTrue(line(alone, "Mallory Rewrite").contains("VALID"), line(alone, "Mallory Rewrite"));
        // but compared with the copy, the rewritten entry is named and status fails
        StatusResult compared = Switchover.configure().target(target).build().status(copy);
        assertFalse(compared.ledgerIntact());
        assertTrue(compared.lines().get(1).matches("ledger copy " + java.util.regex.Pattern.quote(copy.toString())
                + ": DIFFERS at ledger entry \\d+ \\(sign_off " + id + "\\) differs from .*: history was rewritten, the row's content "
                + "changed( \\(and \\d+ more\\))?"), compared.lines().get(1));
    }

    @Test
    void aDeletedDecisionBreaksTheChainAtTheEntryAfterIt() throws Exception {
        // given the owners' decisions on the dry run, and a superuser who deletes the first with its ledger entry
        List<String> decisions = Queries.rows(target, "sql/ledger/exception_ids.sql");
        assertFalse(decisions.isEmpty(), "the owners decided on the records that cannot migrate");
        long first = Long.parseLong(decisions.get(0).split("\\|")[0]);
        Queries.update(target, "sql/ledger/delete_exception.sql", first, first);
        // when status checks the ledger, then the entry after the gap is named
        StatusResult status = status();
        assertFalse(status.ledgerIntact());
        assertTrue(status.lines().get(0).matches("ledger: BROKEN at ledger entry \\d+ \\(\\w+ \\d+\\): entries \\d+ to \\d+ are missing \\(deleted\\).*"),
                status.lines().get(0));
    }

    @Test
    void aFailingRecordRewrittenByHandBreaksTheChainAtItsReconciliation() throws Exception {
        // given the failing records the signed run's reconciliation recorded (the owners accepted them)
        List<String> findings = Queries.rows(target, "sql/ledger/finding_ids.sql");
        assertFalse(findings.isEmpty(), "the generated data holds records that cannot migrate");
        String[] first = findings.get(0).split("\\|");
        long reconciliation = Long.parseLong(first[0]);
        assertTrue(status().ledgerIntact(), status().lines().toString());
        // when a superuser, triggers off, points the first at another child
        Queries.update(target, "sql/ledger/rewrite_finding.sql", "DCC/9999999", reconciliation, first[1], first[2]);
        // then status names its reconciliation as changed after it was recorded
        assertBrokenAtReconciliation(status(), reconciliation);
    }

    @Test
    void aCrosswalkLineRewrittenByHandBreaksTheChainAtItsReconciliation() throws Exception {
        // given the latest reconciliation, whose crosswalk maps each coded legacy value to a census code
        List<String> reconciliations = Queries.rows(target, "sql/ledger/reconciliation_ids.sql");
        long reconciliation = Long.parseLong(reconciliations.get(reconciliations.size() - 1));
        // when a superuser, triggers off, changes the code one legacy value maps to
        Queries.update(target, "sql/ledger/rewrite_crosswalk.sql", "N9", reconciliation);
        // then status names that reconciliation
        assertBrokenAtReconciliation(status(), reconciliation);
    }

    @Test
    void aReconciliationDowngradedToBeforeItsRecordsWereSealedBreaksTheChain() throws Exception {
        // given the latest reconciliation, recorded with its findings and crosswalk sealed
        List<String> reconciliations = Queries.rows(target, "sql/ledger/reconciliation_ids.sql");
        long reconciliation = Long.parseLong(reconciliations.get(reconciliations.size() - 1));
        // when a superuser, triggers off, marks it as recorded before V13, to take its records out of the seal
        Queries.update(target, "sql/ledger/downgrade_reconciliation.sql", reconciliation);
        // then its content is no longer what was recorded, and status names it
        assertBrokenAtReconciliation(status(), reconciliation);
    }

    @Test
    void aReconciliationRecordedBeforeItsRecordsWereSealedKeepsItsContent() throws Exception {
        // given the ledger's view as it was before V13 (V9's), beside today's
        String v9 = new String(getClass().getResourceAsStream("/db/migration/V9__browser_sign_off.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        int start = v9.indexOf("CREATE OR REPLACE VIEW migration.ledger_content AS");
        String last = "FROM migration.event v";
        String oldView = v9.substring(start, v9.indexOf(last, start) + last.length())
                .replace("VIEW migration.ledger_content AS", "VIEW migration.ledger_content_v12 AS");
        try (java.sql.Connection connection = org.switchover.db.Databases.connect(target);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute(oldView);
        }
        List<String> reconciliations = Queries.rows(target, "sql/ledger/reconciliation_ids.sql");
        // then the reconciliations recorded now differ from the old content (they seal their records), and nothing else
        assertEquals(reconciliations.stream().map(id -> "reconciliation|" + id).toList(),
                Queries.rows(target, "sql/ledger/content_differs_from_v12.sql"));
        // when they are marked as recorded before V13 (ledger_version NULL)
        Queries.update(target, "sql/ledger/unversion_reconciliations.sql");
        // then every ledgered row's content is what the old view gave: a target upgraded to V13 keeps its chain
        assertEquals(List.of(), Queries.rows(target, "sql/ledger/content_differs_from_v12.sql"));
    }

    private static void assertBrokenAtReconciliation(StatusResult status, long reconciliation) {
        assertFalse(status.ledgerIntact());
        assertTrue(status.lines().get(0).matches("ledger: BROKEN at reconciliation " + reconciliation + " \\(ledger entry \\d+ "
                + "\\(reconciliation " + reconciliation + "\\)\\): the row was changed after it was recorded"), status.lines().get(0));
    }

    private StatusResult status() {
        return Switchover.configure().target(target).requiredRoles(List.of(HEAD_OF_SERVICE, DPO)).build().status();
    }

    private long signOffId(String owner) throws Exception {
        return Queries.rows(target, "sql/ledger/sign_off_ids.sql").stream().filter(r -> r.split("\\|")[1].equals(owner))
                .mapToLong(r -> Long.parseLong(r.split("\\|")[0])).findFirst().orElseThrow();
    }

    private static String line(StatusResult status, String owner) {
        return status.lines().stream().filter(l -> l.contains(owner)).findFirst().orElse("(none)");
    }
}
