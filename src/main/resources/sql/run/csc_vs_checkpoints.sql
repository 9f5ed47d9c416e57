-- Per csc table of a run: the rows the run's committed chunks loaded into it (each chunk adds its counts in its own
-- transaction), the rows it holds now, and how many of those no COPY of the run wrote (their xmin is none of the
-- run's copy marks for the table: changed or added since). Loaded = present and none foreign, unless csc was changed
-- after the run stopped.
WITH loaded AS (
  SELECT t.run_id, t.target_table, sum(t.loaded) AS loaded
  FROM migration.run_table t
  WHERE t.run_id = ?
  GROUP BY t.run_id, t.target_table
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
