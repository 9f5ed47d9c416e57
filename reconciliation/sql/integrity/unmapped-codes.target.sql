-- Values with no code mapping, per legacy column, as the run recorded them (they arrive NULL and are listed).
SELECT legacy_table || '.' || column_name AS legacy_column, count(*) AS n
FROM migration.lossy_conversion
WHERE run_id = {runId} AND kind = 'UNMAPPED'
GROUP BY 1
ORDER BY 1
