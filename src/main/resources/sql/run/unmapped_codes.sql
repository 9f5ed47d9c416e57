-- The legacy codes of one run that no code map knows, per legacy column and value, most frequent first.
SELECT legacy_table, column_name, raw_value, count(*) AS occurrences
FROM migration.lossy_conversion
WHERE run_id = ? AND kind = 'UNMAPPED'
GROUP BY legacy_table, column_name, raw_value
ORDER BY legacy_table, column_name, count(*) DESC, raw_value
