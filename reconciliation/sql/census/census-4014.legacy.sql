-- Referrals whose CIN plan migrates (the client has a survivor) and starts within another CIN plan of the same surviving
-- child: on or after its start, on or before its end (an open plan has not ended) (census 4014). Each row's client is
-- looked up by primary key; only merged clients go through merged_survivor.
WITH RECURSIVE {{merged_survivors}},
cin_all AS (
  SELECT r.ref_id, {{real_date r.cin_plan_start}} AS started, {{real_date r.cin_plan_end}} AS ended, c.client_no,
         c.`merged_into` AS merged_into
  FROM referral r JOIN client c ON c.client_no = r.client_no
  WHERE r.cin_plan_start IS NOT NULL
),
cin AS (
  SELECT ref_id, started, ended, client_no AS survivor_no FROM cin_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.ref_id, a.started, a.ended, m.survivor_no FROM cin_all a JOIN merged_survivor m ON m.client_no = a.client_no
  WHERE a.merged_into IS NOT NULL
)
SELECT DISTINCT i.ref_id AS row_key, s.legacy_ref
FROM cin i
JOIN cin o ON o.survivor_no = i.survivor_no AND o.ref_id <> i.ref_id
JOIN client s ON s.client_no = i.survivor_no
WHERE i.started >= o.started
  AND i.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
