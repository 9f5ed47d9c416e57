-- Referrals that migrate (the client has a survivor, the team exists) with the status NFA and an assessment or an
-- s47_icpc row that migrates (its client has a survivor) (census 8831).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r WHERE UPPER(TRIM(r.status)) = 'NFA'
),
cand_work AS (
  SELECT a.ref_id, a.client_no FROM assessment a JOIN cand k ON k.ref_id = a.ref_id
  UNION ALL
  SELECT s.ref_id, s.client_no FROM s47_icpc s JOIN cand k ON k.ref_id = s.ref_id
),
cand_client AS (SELECT client_no FROM cand UNION SELECT client_no FROM cand_work),
{{survivors_of cand_client}},
work_kept AS (SELECT DISTINCT w.ref_id FROM cand_work w JOIN survivor_of x ON x.client_no = w.client_no)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
JOIN work_kept w ON w.ref_id = k.ref_id
ORDER BY k.ref_id
