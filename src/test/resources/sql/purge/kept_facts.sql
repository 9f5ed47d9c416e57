-- What a purge keeps: each reject's key, reason and column names, each lossy conversion's key, column and kind.
SELECT 'reject', reject_id, run_id, legacy_table, legacy_key, reason, (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(raw_values) k)
FROM migration.reject
UNION ALL
SELECT 'lossy', lossy_id, run_id, legacy_table, legacy_key, kind, column_name FROM migration.lossy_conversion
ORDER BY 1, 2
