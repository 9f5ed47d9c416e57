-- Copies the earlier run's lossy conversions of one target table into the delta run for the keys it did not re-migrate.
INSERT INTO migration.lossy_conversion (run_id, legacy_table, target_table, legacy_key, column_name, kind, raw_value)
SELECT ?, legacy_table, target_table, legacy_key, column_name, kind, raw_value
FROM migration.lossy_conversion
WHERE run_id = ? AND target_table = ? AND NOT (coalesce({row_key}, '') = ANY (CAST(? AS text[])))
