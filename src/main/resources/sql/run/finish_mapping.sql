-- Wall-clock seconds one mapping took, set when it finishes.
UPDATE migration.run_table
SET seconds = ?
WHERE run_id = ? AND mapping_id = ?;
