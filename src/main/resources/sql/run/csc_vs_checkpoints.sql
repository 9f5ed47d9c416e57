-- Per csc table (every one: a full load empties them all before its first chunk, so each must hold only what the run
-- wrote): the rows the run's committed chunks loaded into it (each chunk adds its counts in its own transaction; 0 for
-- a table no mapping of the run has opened yet), the rows it holds now, and how many of those no COPY of the run wrote
-- (their xmin is none of the run's copy marks for the table: changed or added since). Loaded = present and none
-- foreign, unless csc was changed after the run stopped.
WITH run AS (
  SELECT ?::bigint AS run_id
),
loaded AS (
  SELECT r.run_id, c.tablename AS target_table, coalesce(sum(t.loaded), 0) AS loaded
  FROM run r
  CROSS JOIN pg_tables c
  LEFT JOIN migration.run_table t ON t.run_id = r.run_id AND t.target_table = c.tablename
  WHERE c.schemaname = 'csc'
  GROUP BY r.run_id, c.tablename
)
SELECT l.target_table, l.loaded,
       (xpath('/row/present/text()', x.counts))[1]::text::bigint AS present,
       (xpath('/row/foreign/text()', x.counts))[1]::text::bigint AS foreign_rows
FROM loaded l
CROSS JOIN LATERAL (SELECT query_to_xml(format(
    'SELECT count(*) AS present, count(*) FILTER (WHERE xmin NOT IN (SELECT m.xmin FROM migration.copy_mark m'
    ' WHERE m.run_id = %s AND m.target_table = %L)) AS foreign FROM csc.%I',
    l.run_id, l.target_table, l.target_table), false, true, '') AS counts) x
ORDER BY l.target_table
