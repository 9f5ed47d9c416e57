-- Per csc table of a run: the rows the run's committed chunks loaded into it (each chunk adds its counts in its own
-- transaction) and the rows it holds now; equal unless csc was changed after the run stopped.
SELECT t.target_table, sum(t.loaded) AS loaded,
       (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM csc.%I', t.target_table), false, true, '')))[1]::text::bigint AS present
FROM migration.run_table t
WHERE t.run_id = ?
GROUP BY t.target_table
ORDER BY t.target_table
