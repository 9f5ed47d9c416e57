package org.switchover.fingerprint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.ConnectionSpec;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large integer-keyed table is fingerprinted in key ranges side by side: the same fingerprint as one query gives; and
 * one the server estimates large is bucketed from that estimate without a count, its rows still read in full.
 */
@ExtendWith(TestDatabases.class)
class FingerprinterTest {
    private static final Map<String, String> TABLES = new LinkedHashMap<>(Map.of("note", "note_id"));

    static {
        TABLES.put("worker", "worker_cd");
    }

    @Test
    void aLargeTableReadInKeyRangesHasTheFingerprintOfOneQuery(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given a table of 941 integer keys, some negative, and one of 300 text keys
        ConnectionSpec legacy = legacyDb.spec();
        Queries.update(legacy, "sql/fingerprint-test/split_tables.legacy.sql");
        Fingerprinter inParts = new Fingerprinter(legacy, 100, Long.MAX_VALUE);
        // when both are fingerprinted as one query each and with parts of about 100 rows
        Fingerprint whole = new Fingerprinter(legacy, Long.MAX_VALUE, Long.MAX_VALUE).take(TABLES, null);
        Fingerprint parts = inParts.take(TABLES, null);
        // then the integer-keyed table was read in 10 parts, the text-keyed one whole (CRC32 buckets have no ranges)
        assertEquals(10, inParts.partsOf("note", "note_id", null));
        assertEquals(1, inParts.partsOf("worker", "worker_cd", null));
        assertEquals(1, new Fingerprinter(legacy, Long.MAX_VALUE, Long.MAX_VALUE).partsOf("note", "note_id", null));
        // and every table's rows, buckets and hashes are the same either way
        assertEquals(whole.tables(), parts.tables());
        assertEquals(941, parts.tables().get("note").rowCount());
        assertEquals(59, parts.tables().get("note").buckets().size());
        assertEquals(300, parts.tables().get("worker").rowCount());
    }

    @Test
    void aRowEditedByHandChangesOnlyItsOwnBucketWhenReadInParts(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given the tables fingerprinted in parts
        ConnectionSpec legacy = legacyDb.spec();
        Queries.update(legacy, "sql/fingerprint-test/split_tables.legacy.sql");
        Fingerprint before = new Fingerprinter(legacy, 100, Long.MAX_VALUE).take(TABLES, null);
        // when note 517's text is edited and both are fingerprinted again, bucketed as before (as a delta does)
        Queries.update(legacy, "sql/fingerprint-test/edit_note.legacy.sql", 517);
        Fingerprint after = new Fingerprinter(legacy, 100, Long.MAX_VALUE).take(TABLES, before);
        Fingerprint afterWhole = new Fingerprinter(legacy, Long.MAX_VALUE, Long.MAX_VALUE).take(TABLES, before);
        // then parts and one query agree, and only the bucket of keys 512-527 changed
        assertEquals(afterWhole.tables(), after.tables());
        TableFingerprint was = before.tables().get("note");
        TableFingerprint is = after.tables().get("note");
        assertEquals(16, is.bucketSize());
        assertEquals(Map.of("note", List.of(32L)), new FingerprintDiff(before, after).changedBuckets());
        assertEquals(was.rowCount(), is.rowCount());
        assertEquals(before.tables().get("worker"), after.tables().get("worker"));
        assertTrue(is.describe(32).startsWith("note_id 512"), is.describe(32));
    }

    @Test
    void aTableTheServerEstimatesLargeIsBucketedFromTheEstimateAndStillReadInFull(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given the 941-row note table whose statistics say 94,100 rows
        ConnectionSpec legacy = legacyDb.spec();
        Queries.update(legacy, "sql/fingerprint-test/split_tables.legacy.sql");
        Queries.update(legacy, "sql/fingerprint-test/stale_statistics.legacy.sql");
        // when it is fingerprinted afresh as a table estimated large, and as one that is counted
        Fingerprint estimated = new Fingerprinter(legacy, 100, 1_000).take(TABLES, null);
        Fingerprint counted = new Fingerprinter(legacy, 100, Long.MAX_VALUE).take(TABLES, null);
        // then the estimate sized its buckets (5,882 buckets for 94,100 rows over 941 keys: one key each), the count
        // its own (59 buckets of 16 keys)
        TableFingerprint note = estimated.tables().get("note");
        assertEquals(1, note.bucketSize());
        assertEquals(16, counted.tables().get("note").bucketSize());
        // and every row was still read: the true count, one bucket per key
        assertEquals(941, note.rowCount());
        assertEquals(941, note.buckets().size());
        assertEquals(counted.tables().get("worker"), estimated.tables().get("worker"));
        // and when note 517 is edited, a fingerprint bucketed as the estimated one finds that row alone
        Queries.update(legacy, "sql/fingerprint-test/edit_note.legacy.sql", 517);
        Fingerprint after = new Fingerprinter(legacy, 100, 1_000).take(TABLES, estimated);
        assertEquals(Map.of("note", List.of(517L)), new FingerprintDiff(estimated, after).changedBuckets());
        assertEquals(941, after.tables().get("note").rowCount());
    }

    @Test
    void aValueLongerThanTheServersPacketLimitIsRefusedRatherThanHashedAsNull(TestDatabases.LegacyDb legacyDb) throws Exception {
        // given a note of 5,000 characters, and a server that limits every new session's strings to 4,096 bytes (a CONCAT
        // longer than that is NULL with a warning) and keeps no warnings for it to show
        ConnectionSpec legacy = legacyDb.spec();
        Queries.update(legacy, "sql/fingerprint-test/long_note.legacy.sql");
        String[] before = Queries.rows(legacy, "sql/fingerprint-test/server_limits.legacy.sql").get(0).split("\\|");
        IllegalStateException refused;
        try {
            Queries.update(legacy, "sql/fingerprint-test/set_server_limits.legacy.sql", 4096, 0);
            // when the note table is fingerprinted
            refused = assertThrows(IllegalStateException.class,
                    () -> new Fingerprinter(legacy).take(Map.of("note", "note_id"), null));
        } finally {
            Queries.update(legacy, "sql/fingerprint-test/set_server_limits.legacy.sql",
                    Long.parseLong(before[0]), Long.parseLong(before[1]));
        }
        // then it is refused, naming the table and what the server said, instead of hashing note 2 as if its body were NULL
        assertEquals("cannot fingerprint legacy table note of legacy database " + legacy.identity()
                + ": the server warned \"Result of concat() was larger than max_allowed_packet (4096) - truncated\": a"
                + " fingerprint must hash every value whole, or an edit to a value it cut would go unseen; clear the cause on"
                + " the legacy server (for \"larger than max_allowed_packet\": raise max_allowed_packet above the longest"
                + " row of note) and run again", refused.getMessage());
        // and under the server's own limit the same table is fingerprinted: 3 rows
        assertEquals(3, new Fingerprinter(legacy).take(Map.of("note", "note_id"), null).tables().get("note").rowCount());
    }
}
