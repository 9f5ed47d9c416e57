-- CIN plans (referral.cin_plan_start/end of a referral whose client has a survivor) that overlap a cp_registration of
-- the same surviving child (census 4001): each starts before the other ends (an open plan has not ended). Only the
-- clients of those two tables' rows have their merge chains walked.
WITH RECURSIVE cin AS (
  SELECT r.ref_id, r.client_no, {{real_date r.cin_plan_start}} AS started, {{real_date r.cin_plan_end}} AS ended
  FROM referral r WHERE {{real_date r.cin_plan_start}} IS NOT NULL
),
cpp AS (
  SELECT g.reg_id, g.client_no, {{real_date g.reg_dt}} AS started, {{real_date g.dereg_dt}} AS ended
  FROM cp_registration g WHERE {{real_date g.reg_dt}} IS NOT NULL
),
cand_client AS (SELECT client_no FROM cin UNION SELECT client_no FROM cpp),
{{survivors_of cand_client}}
SELECT DISTINCT i.ref_id AS row_key, si.legacy_ref
FROM cin i
JOIN survivor_of si ON si.client_no = i.client_no
JOIN survivor_of sc ON sc.survivor_no = si.survivor_no
JOIN cpp c ON c.client_no = sc.client_no
WHERE i.started < COALESCE(c.ended, DATE '9999-12-31')
  AND c.started < COALESCE(i.ended, DATE '9999-12-31')
ORDER BY 1
