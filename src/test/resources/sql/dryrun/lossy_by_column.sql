-- Lossy conversions recorded for one run, per legacy column and kind.
SELECT legacy_table || '.' || column_name, kind, count(*) FROM migration.lossy_conversion WHERE run_id = ? GROUP BY 1, 2
