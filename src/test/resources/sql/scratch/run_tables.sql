-- What a run loaded per mapping: mapping, read, loaded, excluded, rejected.
SELECT mapping_id, read, loaded, excluded, rejected FROM migration.run_table WHERE run_id = ? ORDER BY mapping_id
