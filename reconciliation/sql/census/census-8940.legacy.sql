-- cp_registration rows of a known child (the client has a survivor) that start within another registration of the same
-- surviving child: on or after its start, on or before its end (an open plan has not ended) (census 8940). Each row's
-- client is looked up by primary key; only merged clients go through merged_survivor.
WITH RECURSIVE {{merged_survivors}},
cpp_all AS (
  SELECT g.reg_id, {{real_date g.reg_dt}} AS started, {{real_date g.dereg_dt}} AS ended, c.client_no, c.`merged_into` AS merged_into
  FROM cp_registration g JOIN client c ON c.client_no = g.client_no
),
cpp AS (
  SELECT reg_id, started, ended, client_no AS survivor_no FROM cpp_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.reg_id, a.started, a.ended, m.survivor_no FROM cpp_all a JOIN merged_survivor m ON m.client_no = a.client_no
  WHERE a.merged_into IS NOT NULL
)
SELECT DISTINCT c.reg_id AS row_key, s.legacy_ref
FROM cpp c
JOIN cpp o ON o.survivor_no = c.survivor_no AND o.reg_id <> c.reg_id
JOIN client s ON s.client_no = c.survivor_no
WHERE c.started >= o.started
  AND c.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
