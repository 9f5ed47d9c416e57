-- A run's unmapped values: each legacy value with no code, per legacy column and target table, and its rows.
SELECT legacy_table || '.' || column_name || ' -> ' || target_table AS place, raw_value, count(*) AS n
FROM migration.lossy_conversion
WHERE run_id = ? AND kind = 'UNMAPPED'
GROUP BY legacy_table, column_name, target_table, raw_value
ORDER BY 1, 2
