-- Copies the earlier run's exclusions of one target table into the delta run for the keys it did not re-migrate.
INSERT INTO migration.exclusion (run_id, legacy_table, target_table, legacy_key, rule, units)
SELECT ?, legacy_table, target_table, legacy_key, rule, units
FROM migration.exclusion
WHERE run_id = ? AND target_table = ? AND NOT (coalesce({row_key}, '') = ANY (CAST(? AS text[])))
