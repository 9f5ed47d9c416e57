-- CIN plans (referral.cin_plan_start/end of a referral whose client has a survivor) that overlap a cp_registration of
-- the same surviving child (census 4001): each starts before the other ends (an open plan has not ended). Each record's
-- client is looked up by primary key; only merged clients go through merged_survivor; only children with a CP plan are
-- compared.
WITH RECURSIVE {{merged_survivors}},
cpp_all AS (
  SELECT {{real_date g.reg_dt}} AS started, {{real_date g.dereg_dt}} AS ended, c.client_no, c.`merged_into` AS merged_into
  FROM cp_registration g JOIN client c ON c.client_no = g.client_no
  WHERE {{real_date g.reg_dt}} IS NOT NULL
),
cpp AS (
  SELECT started, ended, client_no AS survivor_no FROM cpp_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.started, a.ended, m.survivor_no FROM cpp_all a JOIN merged_survivor m ON m.client_no = a.client_no WHERE a.merged_into IS NOT NULL
),
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
SELECT DISTINCT i.ref_id AS row_key, s.legacy_ref
FROM cin i
JOIN cpp c ON c.survivor_no = i.survivor_no
JOIN client s ON s.client_no = i.survivor_no
WHERE i.survivor_no IN (SELECT survivor_no FROM cpp)
  AND i.started < COALESCE(c.ended, DATE '9999-12-31')
  AND c.started < COALESCE(i.ended, DATE '9999-12-31')
ORDER BY 1
