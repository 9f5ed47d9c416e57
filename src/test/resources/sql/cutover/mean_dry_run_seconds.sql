-- The mean wall-clock seconds of the last three successful dry runs, computed independently of the runbook. Each run's
-- time is taken to the millisecond first, as the runbook takes it: averaged to the microsecond instead, a mean within a
-- millisecond of a tenth's half (0.84995 s against the runbook's 0.850) printed one tenth apart now and then.
SELECT round(avg(s), 1) FROM (
    SELECT extract(epoch FROM ended_at - started_at)::numeric(12, 3) AS s FROM migration.run
    WHERE kind = 'dry-run' AND status = 'SUCCEEDED' ORDER BY run_id DESC LIMIT 3) recent
