-- Referrals that migrate (the client has a survivor, the team exists) with the status NFA (trimmed, any case: the
-- referral_nfa rule) and a CIN plan start (the CIN plan migrates) (census 4000).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r
  WHERE UPPER(TRIM(r.status)) = 'NFA' AND r.cin_plan_start IS NOT NULL
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k JOIN survivor_of s ON s.client_no = k.client_no JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.ref_id
