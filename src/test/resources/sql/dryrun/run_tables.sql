-- The per-mapping counts the engine recorded for one run.
SELECT mapping_id, legacy_table, target_table, read, loaded, excluded, rejected FROM migration.run_table WHERE run_id = ?
