-- Lossy conversions other than unmapped codes (zero dates, UNK, unparseable text, invalid NHS numbers, NUL bytes,
-- dangling optional links, defaulted close dates), per legacy column, as the run recorded them.
SELECT legacy_table || '.' || column_name AS legacy_column, count(*) AS n
FROM migration.lossy_conversion
WHERE run_id = {runId} AND kind <> 'UNMAPPED'
GROUP BY 1
ORDER BY 1
