-- One value that did not arrive as it was, with its raw text.
INSERT INTO migration.lossy_conversion (run_id, legacy_table, target_table, legacy_key, column_name, kind, raw_value)
VALUES (?, ?, ?, ?, ?, ?, ?);
