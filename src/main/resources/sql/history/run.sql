-- One run, as the diff names it.
SELECT run_id, kind, status, mapping_hash, target_identity FROM migration.run WHERE run_id = ?
