-- Referrals that migrate (the client has a survivor, the team exists) closed for a census reason other than RC8 whose
-- only assessment that migrates (its client has a survivor) is authorised with factor 21 in its list (census 8873).
-- MariaDB computes a non-recursive CTE once per reference: the candidate referrals are read once, with their
-- assessments, and every client's survivor is looked up by primary key (only merged clients walk their chains).
WITH RECURSIVE {{merged_survivors}},
cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r
  WHERE {{closure_reason_source r}} IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC9')
),
asmt_kept AS (
  SELECT k.ref_id, k.client_no, k.team_cd, COUNT(*) AS n,
         MAX(CASE WHEN {{real_date a.auth_dt}} IS NOT NULL AND {{factor_list a.factors}} LIKE '%,21,%' THEN 1 ELSE 0 END) AS done21
  FROM assessment a JOIN cand k ON k.ref_id = a.ref_id
  JOIN client ac ON ac.client_no = a.client_no
  WHERE {{survivor_no ac}} IS NOT NULL
  GROUP BY k.ref_id, k.client_no, k.team_cd
)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM asmt_kept k
JOIN team t ON t.team_cd = k.team_cd
JOIN client c ON c.client_no = k.client_no
JOIN client s ON s.client_no = {{survivor_no c}}
WHERE k.n = 1 AND k.done21 = 1
ORDER BY k.ref_id
