-- One key range of a split mapping, recorded with the mapping's counts row before any chunk commits.
INSERT INTO migration.key_range (run_id, mapping_id, range_no, after_key, up_to_key) VALUES (?, ?, ?, ?, ?);
