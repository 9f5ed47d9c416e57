-- One rejected legacy row (or list item) with its raw values as JSON.
INSERT INTO migration.reject (run_id, legacy_table, target_table, legacy_key, reason, detail, raw_values)
VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb));
