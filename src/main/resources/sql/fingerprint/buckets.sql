-- The buckets of one fingerprint.
SELECT legacy_table, bucket, row_count, content_hash
FROM migration.fingerprint_bucket WHERE fingerprint_id = ? ORDER BY legacy_table, bucket
