-- One run's rejected and lossy records by legacy key, as comparable text lines: which legacy rows they name, and why.
SELECT 'reject ' || legacy_table || ' ' || legacy_key || ' ' || reason FROM migration.reject WHERE run_id = ?
UNION ALL
SELECT 'lossy ' || legacy_table || ' ' || legacy_key || ' ' || column_name || ' ' || kind FROM migration.lossy_conversion WHERE run_id = ?
UNION ALL
SELECT 'excluded ' || legacy_table || ' ' || legacy_key || ' ' || rule FROM migration.exclusion WHERE run_id = ?
ORDER BY 1
