-- Referrals that migrate (the client has a survivor, the team exists) closed before their referral date (census 8630):
-- the close date is close_dt, or updated_dt for a CLOSED status without one (migration rule 7).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r
  WHERE COALESCE({{real_date r.close_dt}},
                 CASE WHEN UPPER(TRIM(r.status)) LIKE 'CLOSED%' THEN {{real_date r.updated_dt}} END) < {{real_date r.ref_dt}}
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k JOIN survivor_of s ON s.client_no = k.client_no JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.ref_id
