-- The earlier load a delta starts from: its kind, status, the legacy clock when it started, the mapping set it ran,
-- the legacy server and database it read; and the latest run that left its mark on the target (a delta that did
-- not succeed was rolled back whole and left none), which the delta must continue from.
SELECT kind, status, legacy_started_at, mapping_hash, legacy_server, legacy_database,
       (SELECT max(run_id) FROM migration.run WHERE NOT (kind = 'delta' AND status <> 'SUCCEEDED')) AS latest_run
FROM migration.run WHERE run_id = ?
