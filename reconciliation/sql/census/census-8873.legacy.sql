-- Referrals that migrate (the client has a survivor, the team exists) closed for a census reason other than RC8 whose
-- only assessment that migrates (its client has a survivor) is authorised with factor 21 in its list (census 8873).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r
  WHERE {{closure_reason_source r}} IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC9')
),
cand_asmt AS (
  SELECT a.ref_id, a.client_no,
         CASE WHEN {{real_date a.auth_dt}} IS NOT NULL AND {{factor_list a.factors}} LIKE '%,21,%' THEN 1 ELSE 0 END AS done21
  FROM assessment a JOIN cand k ON k.ref_id = a.ref_id
),
cand_client AS (SELECT client_no FROM cand UNION SELECT client_no FROM cand_asmt),
{{survivors_of cand_client}},
asmt_kept AS (
  SELECT a.ref_id, COUNT(*) AS n, MAX(a.done21) AS done21
  FROM cand_asmt a JOIN survivor_of x ON x.client_no = a.client_no GROUP BY a.ref_id
)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
JOIN asmt_kept a ON a.ref_id = k.ref_id
WHERE a.n = 1 AND a.done21 = 1
ORDER BY k.ref_id
