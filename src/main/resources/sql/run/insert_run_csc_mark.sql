-- A run's load ended: the last write on csc noted so far is its mark (V17).
INSERT INTO migration.run_csc_mark (run_id, last_change_id) SELECT ?, COALESCE(max(change_id), 0) FROM migration.csc_change
