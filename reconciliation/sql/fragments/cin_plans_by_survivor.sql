-- Common table expressions "cin_all" and "cin" (for WITH RECURSIVE, after {{merged_survivors}}): every referral's CIN
-- plan with a real start, its start and end, and the surviving client (survivor_no). Each row's client is looked up by
-- primary key; only merged clients go through merged_survivor.
cin_all AS (
  SELECT r.ref_id, {{real_date r.cin_plan_start}} AS started, {{real_date r.cin_plan_end}} AS ended, c.client_no,
         c.`merged_into` AS merged_into
  FROM referral r JOIN client c ON c.client_no = r.client_no
  WHERE {{real_date r.cin_plan_start}} IS NOT NULL
),
cin AS (
  SELECT ref_id, started, ended, client_no AS survivor_no FROM cin_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.ref_id, a.started, a.ended, m.survivor_no FROM cin_all a JOIN merged_survivor m ON m.client_no = a.client_no
  WHERE a.merged_into IS NOT NULL
)
