package org.switchover.ledger;

import org.junit.jupiter.api.Test;
import org.switchover.config.ConfigurationException;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The links of the chain: what each hash covers, and the exported line. */
class LedgerEntryTest {
    @Test
    void theFirstEntryFollowsGenesisAndEachNextOneTheEntryBefore() {
        // when two rows enter the ledger
        LedgerEntry first = LedgerEntry.after(null, "reconciliation", 7, "{\"id\": 7}");
        LedgerEntry second = LedgerEntry.after(first, "sign_off", 1, "{\"id\": 1}");
        // then they are numbered 1 and 2, chained, and each hash is SHA-256 of "previous|id|kind|row|content hash"
        assertEquals(1, first.entryId());
        assertEquals(LedgerEntry.GENESIS, first.previousSha256());
        assertEquals(2, second.entryId());
        assertEquals(first.entrySha256(), second.previousSha256());
        // (SHA-256 of the UTF-8 text, as PostgreSQL's sha256(convert_to(…, 'UTF8')) gives it: the migration seeds this way)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LedgerEntry.sha256("abc"));
        assertEquals(LedgerEntry.sha256(LedgerEntry.GENESIS + "|1|reconciliation|7|" + LedgerEntry.sha256("{\"id\": 7}")),
                first.entrySha256());
        assertTrue(first.sealed() && second.sealed());
    }

    @Test
    void changingAnyFieldAloneBreaksTheSeal() {
        LedgerEntry entry = LedgerEntry.after(null, "exception", 3, "decision");
        List<LedgerEntry> rewritten = List.of(
                new LedgerEntry(2, entry.kind(), entry.refId(), entry.contentSha256(), entry.previousSha256(), entry.entrySha256()),
                new LedgerEntry(1, "event", entry.refId(), entry.contentSha256(), entry.previousSha256(), entry.entrySha256()),
                new LedgerEntry(1, entry.kind(), 4, entry.contentSha256(), entry.previousSha256(), entry.entrySha256()),
                new LedgerEntry(1, entry.kind(), entry.refId(), LedgerEntry.sha256("other"), entry.previousSha256(), entry.entrySha256()),
                new LedgerEntry(1, entry.kind(), entry.refId(), entry.contentSha256(), "1".repeat(64), entry.entrySha256()));
        rewritten.forEach(r -> assertFalse(r.sealed(), r.toString()));
    }

    @Test
    void anExportedLineReadsBackAsTheSameEntryAndABadLineIsNamed() {
        LedgerEntry entry = LedgerEntry.after(null, "sign_off", 12, "content");
        assertEquals(entry, LedgerEntry.parse(entry.line(), Path.of("copy.tsv"), 2));
        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> LedgerEntry.parse("1\tsignoff\t12\ta\tb\tc", Path.of("copy.tsv"), 5));
        assertTrue(bad.getMessage().startsWith("copy.tsv line 5 is not a ledger entry"), bad.getMessage());
    }

    @Test
    void comparingWithACopyNamesAMissingAndARewrittenEntry() {
        LedgerEntry first = LedgerEntry.after(null, "reconciliation", 1, "a");
        LedgerEntry second = LedgerEntry.after(first, "sign_off", 1, "b");
        LedgerEntry rewritten = LedgerEntry.after(first, "sign_off", 1, "b rewritten");
        Path copy = Path.of("kept.tsv");
        assertEquals(List.of(), Ledger.compare(List.of(first, second, LedgerEntry.after(second, "event", 1, "c")), List.of(first, second), copy));
        assertEquals(List.of("ledger entry 2 (sign_off 1) differs from kept.tsv (ledger entry 2 (sign_off 1)): history was rewritten, "
                + "the row's content changed"), Ledger.compare(List.of(first, rewritten), List.of(first, second), copy));
        assertEquals(List.of("ledger entry 2 (sign_off 1) of kept.tsv is missing from the database"),
                Ledger.compare(List.of(first), List.of(first, second), copy));
    }
}
