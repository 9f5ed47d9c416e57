-- The key ranges one run split its mappings into, per mapping: how many.
SELECT mapping_id, count(*) FROM migration.key_range WHERE run_id = ? GROUP BY mapping_id ORDER BY mapping_id
