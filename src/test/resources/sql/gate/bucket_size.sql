-- How wide one table's key ranges are in a fingerprint.
SELECT bucket_size FROM migration.fingerprint_table WHERE fingerprint_id = ? AND legacy_table = ?
