-- Every csc table with its row count, counted now.
SELECT table_name,
       (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM csc.%I', table_name), false, true, '')))[1]::text
FROM information_schema.tables
WHERE table_schema = 'csc' AND table_type = 'BASE TABLE'
ORDER BY table_name
