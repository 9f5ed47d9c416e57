-- The earlier load a delta starts from: its kind, status and the legacy clock when it started.
SELECT kind, status, legacy_started_at, started_at FROM migration.run WHERE run_id = ?
