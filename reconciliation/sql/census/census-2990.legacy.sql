-- Referrals that migrate (the client has a survivor, the team exists) closed as RC8 with a CIN plan start (the plan
-- migrates with them) or an s47_icpc row that migrates (its client has a survivor; a CP plan names its referral only
-- through one) (census 2990).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd, r.cin_plan_start FROM referral r WHERE {{closure_reason_source r}} = 'RC8'
),
cand_s47 AS (SELECT s.ref_id, s.client_no FROM s47_icpc s JOIN cand k ON k.ref_id = s.ref_id),
cand_client AS (SELECT client_no FROM cand UNION SELECT client_no FROM cand_s47),
{{survivors_of cand_client}},
s47_kept AS (SELECT DISTINCT e.ref_id FROM cand_s47 e JOIN survivor_of x ON x.client_no = e.client_no)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
LEFT JOIN s47_kept e ON e.ref_id = k.ref_id
WHERE k.cin_plan_start IS NOT NULL OR e.ref_id IS NOT NULL
ORDER BY k.ref_id
