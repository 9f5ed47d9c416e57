-- The latest dry run made with a given mapping set, whatever its outcome: the one the final load is judged on
-- (its verdict is that of its latest reconciliation, migration.reconciliation).
SELECT run_id, status FROM migration.run
WHERE kind = 'dry-run' AND mapping_hash = ?
ORDER BY run_id DESC
LIMIT 1
