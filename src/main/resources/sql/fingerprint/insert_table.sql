-- How one legacy table of a fingerprint is bucketed, its columns and rows.
INSERT INTO migration.fingerprint_table (fingerprint_id, legacy_table, key_column, bucketing, bucket_size, columns, row_count)
VALUES (?, ?, ?, ?, ?, ?, ?)
