-- The slowest of the last three successful dry runs: its id and milliseconds, computed independently of the runbook.
SELECT run_id, round(extract(epoch FROM ended_at - started_at)::numeric, 3) * 1000 FROM (
    SELECT run_id, started_at, ended_at FROM migration.run
    WHERE kind = 'dry-run' AND status = 'SUCCEEDED' ORDER BY run_id DESC LIMIT 3) recent
ORDER BY 2 DESC LIMIT 1
