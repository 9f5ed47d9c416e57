-- The latest run of one kind on this target, if it did not succeed: the one --resume continues.
SELECT run_id, status, mapping_hash, legacy_identity
FROM migration.run
WHERE kind = ?
ORDER BY run_id DESC
LIMIT 1
