-- The legacy clock a run recorded at its start (whole seconds).
SELECT legacy_started_at FROM migration.run WHERE run_id = ?
