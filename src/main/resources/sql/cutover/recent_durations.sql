-- Wall-clock seconds of the latest successful runs of one kind (at most ?), newest first.
SELECT run_id, extract(epoch FROM ended_at - started_at)::numeric(12, 3)
FROM migration.run
WHERE kind = ? AND status = 'SUCCEEDED' AND ended_at IS NOT NULL
ORDER BY run_id DESC
LIMIT ?
