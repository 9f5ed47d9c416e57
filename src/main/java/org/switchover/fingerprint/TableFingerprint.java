package org.switchover.fingerprint;

import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One legacy table's content fingerprint: how its rows are put in buckets by key, its columns (in order), its rows,
 * and per bucket the rows and the XOR of their 64-bit row hashes.
 *
 * @param bucketSize the width of a key range (RANGE) or the number of buckets (CRC32)
 * @param columns    the table's columns in order, comma-separated: a column added or dropped changes every bucket
 */
public record TableFingerprint(String table, String keyColumn, Bucketing bucketing, long bucketSize, String columns,
                               long rowCount, SortedMap<Long, Bucket> buckets) {
    /** Integer keys fall in ranges of equal width; any other key by its CRC32 modulo the number of buckets. */
    public enum Bucketing {
        RANGE, CRC32;

        /** The word migration.fingerprint_table.bucketing holds. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Bucketing of(String text) {
            return valueOf(text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** What one bucket held. */
    public record Bucket(long rows, String hash) {
    }

    public TableFingerprint {
        buckets = Collections.unmodifiableSortedMap(new TreeMap<>(buckets));
    }

    /** The SQL expression (quoted names) of a row's bucket, as buckets.legacy.sql and keys_in_buckets.legacy.sql use it. */
    public String bucketExpression() {
        return SqlResource.load("sql/fingerprint/bucket_" + bucketing.text() + ".legacy.sql").statements().get(0)
                .replace("{key}", LegacyIdentifiers.quote(keyColumn, "key column of " + table))
                .replace("{size}", Long.toString(bucketSize));
    }

    /** The keys of a bucket in words: "client_no 1024–2047", or "CRC32(worker_cd) MOD 4 = 1". */
    public String describe(long bucket) {
        return bucketing == Bucketing.RANGE
                ? keyColumn + " " + bucket * bucketSize + "–" + (bucket * bucketSize + bucketSize - 1)
                : "CRC32(" + keyColumn + ") MOD " + bucketSize + " = " + bucket;
    }

    /** The same bucketing with other contents (what the legacy table holds now). */
    TableFingerprint with(String currentColumns, long rows, SortedMap<Long, Bucket> currentBuckets) {
        return new TableFingerprint(table, keyColumn, bucketing, bucketSize, currentColumns, rows, currentBuckets);
    }
}
