-- The run to reconcile: the one asked for (parameter 1, or NULL), else the latest finished dry run.
SELECT run_id, kind, status, as_of, mapping_hash
FROM migration.run
WHERE (CAST(? AS bigint) IS NULL AND kind = 'dry-run' AND status = 'SUCCEEDED') OR run_id = CAST(? AS bigint)
ORDER BY run_id DESC
LIMIT 1
