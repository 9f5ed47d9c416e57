-- The counts row of one mapping in one run, at zero: a mapping with no rows still reports 0/0/0/0.
INSERT INTO migration.run_table (run_id, mapping_id, legacy_table, target_table, read, loaded, excluded, rejected)
VALUES (?, ?, ?, ?, 0, 0, 0, 0);
