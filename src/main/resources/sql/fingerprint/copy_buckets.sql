-- The buckets of a fingerprint, in one COPY.
COPY migration.fingerprint_bucket (fingerprint_id, legacy_table, bucket, row_count, content_hash) FROM STDIN (FORMAT text)
