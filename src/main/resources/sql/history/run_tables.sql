-- A run's counts per mapping: read / loaded / excluded / rejected.
SELECT mapping_id, legacy_table, target_table, read, loaded, excluded, rejected
FROM migration.run_table WHERE run_id = ? ORDER BY mapping_id
