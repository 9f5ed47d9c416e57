-- Lossy conversions of the latest run, by target table, legacy column and kind.
SELECT target_table || '.' || column_name || ' ' || kind AS what, count(*) AS n
FROM migration.lossy_conversion WHERE run_id = (SELECT max(run_id) FROM migration.run)
GROUP BY 1 ORDER BY 1
