-- The mappings a run loaded (migration.run_table), in name order: what a scratch run's report names as partial.
SELECT mapping_id FROM migration.run_table WHERE run_id = ? ORDER BY mapping_id
