-- How many runs the target has recorded; 0 when its migration schema does not exist yet.
SELECT CASE WHEN to_regclass('migration.run') IS NULL THEN 0
            ELSE (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM migration.run', false, true, '')))[1]::text::bigint END
