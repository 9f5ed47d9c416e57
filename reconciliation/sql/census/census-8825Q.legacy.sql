-- Referrals that migrate (the client has a survivor, the team exists) closed for reason RC8 or RC9 with no assessment
-- that migrates (its client has a survivor) (census 8825Q).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r WHERE {{closure_reason_source r}} IN ('RC8', 'RC9')
),
cand_asmt AS (SELECT a.ref_id, a.client_no FROM assessment a JOIN cand k ON k.ref_id = a.ref_id),
cand_client AS (SELECT client_no FROM cand UNION SELECT client_no FROM cand_asmt),
{{survivors_of cand_client}},
asmt_kept AS (SELECT DISTINCT a.ref_id FROM cand_asmt a JOIN survivor_of x ON x.client_no = a.client_no)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
LEFT JOIN asmt_kept a ON a.ref_id = k.ref_id
WHERE a.ref_id IS NULL
ORDER BY k.ref_id
