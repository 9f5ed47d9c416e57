-- The mean wall-clock seconds of the last three successful dry runs, computed independently of the runbook.
SELECT round(avg(s), 1) FROM (
    SELECT extract(epoch FROM ended_at - started_at) AS s FROM migration.run
    WHERE kind = 'dry-run' AND status = 'SUCCEEDED' ORDER BY run_id DESC LIMIT 3) recent
