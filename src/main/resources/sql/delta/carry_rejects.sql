-- Copies the earlier run's rejects of one target table into the delta run, for the legacy keys the delta did not
-- re-migrate ({row_key} is legacy_key, or for a list mapping the row key before ':' of "key:item"), so the delta
-- run records the rejects of the whole table.
INSERT INTO migration.reject (run_id, legacy_table, target_table, legacy_key, reason, detail, raw_values, recorded_at)
SELECT ?, legacy_table, target_table, legacy_key, reason, detail, raw_values, recorded_at
FROM migration.reject
WHERE run_id = ? AND target_table = ? AND NOT (coalesce({row_key}, '') = ANY (CAST(? AS text[])))
