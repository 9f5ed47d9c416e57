-- Common table expressions "cpp_all" and "cpp" (for WITH RECURSIVE, after {{merged_survivors}}): every cp_registration
-- with a real start, its start and end, and the surviving client (survivor_no). Each row's client is looked up by
-- primary key; only merged clients go through merged_survivor.
cpp_all AS (
  SELECT g.reg_id, {{real_date g.reg_dt}} AS started, {{real_date g.dereg_dt}} AS ended, c.client_no, c.`merged_into` AS merged_into
  FROM cp_registration g JOIN client c ON c.client_no = g.client_no
  WHERE {{real_date g.reg_dt}} IS NOT NULL
),
-- cpp reads cpp_all once (each read is a scan of the table): an unmerged client is its own survivor, a merged one takes
-- merged_survivor's (no row there, a broken chain: the row is dropped). DISTINCT changes no row (one per cp_registration) but keeps
-- cpp materialized with a key: MariaDB would otherwise merge it into the query and scan it once per joined row.
cpp AS (
  SELECT DISTINCT a.reg_id, a.started, a.ended, CASE WHEN a.merged_into IS NULL THEN a.client_no ELSE m.survivor_no END AS survivor_no
  FROM cpp_all a LEFT JOIN merged_survivor m ON a.merged_into IS NOT NULL AND m.client_no = a.client_no
  WHERE a.merged_into IS NULL OR m.client_no IS NOT NULL
)
