-- The status a run recorded.
SELECT status FROM migration.run WHERE run_id = ?
