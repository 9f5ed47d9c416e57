-- Referrals whose CIN plan migrates (the client has a survivor) and starts and ends on the same day (census 4012Q).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no FROM referral r
  WHERE {{real_date r.cin_plan_end}} = {{real_date r.cin_plan_start}}
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k JOIN survivor_of s ON s.client_no = k.client_no
ORDER BY k.ref_id
