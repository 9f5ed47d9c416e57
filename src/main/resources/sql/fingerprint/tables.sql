-- The tables of one fingerprint.
SELECT legacy_table, key_column, bucketing, bucket_size, columns, row_count
FROM migration.fingerprint_table WHERE fingerprint_id = ? ORDER BY legacy_table
