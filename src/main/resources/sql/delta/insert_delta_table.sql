-- What a delta did to one mapping.
INSERT INTO migration.delta_table (run_id, mapping_id, dirty_keys, deleted_rows, loaded_rows, changed_keys)
VALUES (?, ?, ?, ?, ?, ?)
