-- The key ranges an interrupted run cut its split mappings into, in order: resume reads the same ranges.
SELECT mapping_id, range_no, after_key, up_to_key FROM migration.key_range WHERE run_id = ? ORDER BY mapping_id, range_no
