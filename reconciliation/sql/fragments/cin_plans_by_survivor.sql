-- Common table expressions "cin_all" and "cin" (for WITH RECURSIVE, after {{merged_survivors}}): every referral's CIN
-- plan with a real start, its start and end, and the surviving client (survivor_no). Each row's client is looked up by
-- primary key; only merged clients go through merged_survivor.
cin_all AS (
  SELECT r.ref_id, {{real_date r.cin_plan_start}} AS started, {{real_date r.cin_plan_end}} AS ended, c.client_no,
         c.`merged_into` AS merged_into
  FROM referral r JOIN client c ON c.client_no = r.client_no
  WHERE {{real_date r.cin_plan_start}} IS NOT NULL
),
-- cin reads cin_all once (each read is a scan of the table): an unmerged client is its own survivor, a merged one takes
-- merged_survivor's (no row there, a broken chain: the row is dropped). DISTINCT changes no row (one per referral) but keeps
-- cin materialized with a key: MariaDB would otherwise merge it into the query and scan it once per joined row.
cin AS (
  SELECT DISTINCT a.ref_id, a.started, a.ended, CASE WHEN a.merged_into IS NULL THEN a.client_no ELSE m.survivor_no END AS survivor_no
  FROM cin_all a LEFT JOIN merged_survivor m ON a.merged_into IS NOT NULL AND m.client_no = a.client_no
  WHERE a.merged_into IS NULL OR m.client_no IS NOT NULL
)
