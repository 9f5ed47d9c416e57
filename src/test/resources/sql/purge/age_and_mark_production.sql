-- The target made production by the given run, and its runs started 40 days ago: what status sees a month after cutover.
UPDATE migration.run SET started_at = started_at - interval '40 days';
UPDATE migration.target_status SET production = true, marked_at = now(), marked_by_run = ?
