-- How many runs the target has recorded; 0 when the bookkeeping schema does not exist yet
-- (query_to_xml plans the inner query only when the table exists).
SELECT CASE WHEN to_regclass('migration.run') IS NULL THEN 0
            ELSE (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM migration.run', false, true, '')))[1]::text::bigint
       END
