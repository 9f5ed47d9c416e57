-- Per csc table of a run: rows in the table and rows the run recorded as loaded; equal when no chunk is half-committed.
SELECT t.target_table, sum(t.loaded) AS loaded,
       (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM csc.%I', t.target_table), false, true, '')))[1]::text::bigint AS present
FROM migration.run_table t
WHERE t.run_id = ?
GROUP BY t.target_table
ORDER BY t.target_table
