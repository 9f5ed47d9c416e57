-- The kind and status of one run.
SELECT kind, status FROM migration.run WHERE run_id = ?
