package org.switchover.fingerprint;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How two fingerprints of one bucketing are compared and named: rows, content, new ranges, columns. */
class FingerprintDiffTest {
    private static final LegacyServer SERVER = new LegacyServer("db1:3306", "legacy");

    @Test
    void eachChangedTableIsOneLineNamingItsKeyRangesAndTheRestAreCounted() {
        // given a table with a row added in a new range, one with changed content in two ranges, one with a column added
        Fingerprint before = fingerprint(
                table("referral", "ref_id", "ref_id,status", Map.of(0L, bucket(16, "aa"), 1L, bucket(16, "bb"))),
                table("client", "client_no", "client_no,surname", Map.of(0L, bucket(16, "cc"), 1L, bucket(16, "dd"), 2L, bucket(4, "ee"))),
                table("team", "team_cd", "team_cd,team_name", Map.of(0L, bucket(40, "ff"))));
        Fingerprint now = fingerprint(
                table("referral", "ref_id", "ref_id,status", Map.of(0L, bucket(16, "aa"), 1L, bucket(16, "bb"), 62500L, bucket(1, "01"))),
                table("client", "client_no", "client_no,surname", Map.of(0L, bucket(16, "c0"), 1L, bucket(16, "dd"), 2L, bucket(4, "e0"))),
                table("team", "team_cd", "team_cd,team_name,active", Map.of(0L, bucket(40, "f0"))));
        // when they are compared
        FingerprintDiff diff = new FingerprintDiff(before, now);
        // then each changed table is named with its ranges: rows that differ, content that differs, a column added
        assertEquals(List.of(
                "legacy table referral changed: 32 → 33 rows; key ranges ref_id 1000000–1000015 (0 → 1 rows)",
                "legacy table client changed: 36 → 36 rows; key ranges client_no 0–15 (16 rows, content changed), "
                        + "client_no 32–47 (4 rows, content changed)",
                "legacy table team changed: its columns changed (team_cd,team_name → team_cd,team_name,active); 40 → 40 rows; key ranges "
                        + "CRC32(team_cd) MOD 3 = 0 (40 rows, content changed)"), diff.lines("changed"));
        assertEquals(Map.of("referral", List.of(62500L), "client", List.of(0L, 2L), "team", List.of(0L)), diff.changedBuckets());
    }

    @Test
    void nothingChangedIsNoLine() {
        Fingerprint before = fingerprint(table("client", "client_no", "client_no", Map.of(0L, bucket(16, "aa"))));
        Fingerprint same = fingerprint(table("client", "client_no", "client_no", Map.of(0L, bucket(16, "aa"))));
        assertEquals(List.of(), new FingerprintDiff(before, same).lines("changed"));
    }

    @Test
    void onlyTheFirstRangesAreNamed() {
        Map<Long, TableFingerprint.Bucket> then = new TreeMap<>();
        Map<Long, TableFingerprint.Bucket> changed = new TreeMap<>();
        for (long b = 0; b < 8; b++) {
            then.put(b, bucket(16, "aa"));
            changed.put(b, bucket(16, "bb"));
        }
        String line = new FingerprintDiff(fingerprint(table("client", "client_no", "c", then)),
                fingerprint(table("client", "client_no", "c", changed))).lines("changed").get(0);
        assertEquals("legacy table client changed: 128 → 128 rows; key ranges client_no 0–15 (16 rows, content changed), "
                + "client_no 16–31 (16 rows, content changed), client_no 32–47 (16 rows, content changed), "
                + "client_no 48–63 (16 rows, content changed), client_no 64–79 (16 rows, content changed) and 3 more of 8 ranges", line);
    }

    private static Fingerprint fingerprint(TableFingerprint... tables) {
        Map<String, TableFingerprint> byName = new java.util.LinkedHashMap<>();
        for (TableFingerprint table : tables) {
            byName.put(table.table(), table);
        }
        return new Fingerprint(1L, SERVER, Timestamp.valueOf("2027-03-05 18:00:00"), 0.1, byName);
    }

    private static TableFingerprint table(String name, String key, String columns, Map<Long, TableFingerprint.Bucket> buckets) {
        boolean text = name.equals("team");
        return new TableFingerprint(name, key, text ? TableFingerprint.Bucketing.CRC32 : TableFingerprint.Bucketing.RANGE,
                text ? 3 : 16, columns, buckets.values().stream().mapToLong(TableFingerprint.Bucket::rows).sum(), new TreeMap<>(buckets));
    }

    private static TableFingerprint.Bucket bucket(long rows, String hash) {
        return new TableFingerprint.Bucket(rows, hash);
    }
}
