-- Common table expressions "cpp_all" and "cpp" (for WITH RECURSIVE, after {{merged_survivors}}): every cp_registration
-- with a real start, its start and end, and the surviving client (survivor_no). Each row's client is looked up by
-- primary key; only merged clients go through merged_survivor.
cpp_all AS (
  SELECT g.reg_id, {{real_date g.reg_dt}} AS started, {{real_date g.dereg_dt}} AS ended, c.client_no, c.`merged_into` AS merged_into
  FROM cp_registration g JOIN client c ON c.client_no = g.client_no
  WHERE {{real_date g.reg_dt}} IS NOT NULL
),
cpp AS (
  SELECT reg_id, started, ended, client_no AS survivor_no FROM cpp_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.reg_id, a.started, a.ended, m.survivor_no FROM cpp_all a JOIN merged_survivor m ON m.client_no = a.client_no
  WHERE a.merged_into IS NOT NULL
)
